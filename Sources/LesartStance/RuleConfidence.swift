/// The confidence a rule gives its records: one value when the holder is named in the
/// sentence, one when it was resolved from a pronoun or description ("Es", "das Land"),
/// which is a guess more.
struct RuleConfidence: Sendable {
    /// The holder is named in the sentence.
    let named: Float
    /// The holder was resolved to an earlier actor (``Stance/holderResolved``).
    let resolved: Float

    /// The confidence of a record whose holder was or was not resolved.
    func value(holderResolved: Bool) -> Float { holderResolved ? resolved : named }

    /// Cue words (verbs, nouns, adjectives, phrases), inherited holders, inverted speech.
    static let cue = RuleConfidence(named: 0.8, resolved: 0.6)
    /// Relation words: the sides are read from a looser frame than a cue's slots.
    static let relation = RuleConfidence(named: 0.7, resolved: 0.6)
    /// Participial attributes: the agent is always named ("vom Iran unterstützten").
    static let participleAttribute = RuleConfidence(named: 0.8, resolved: 0.8)
    /// Evaluations: the same whether or not the holder was resolved.
    static let evaluation = RuleConfidence(named: 0.7, resolved: 0.7)
}
