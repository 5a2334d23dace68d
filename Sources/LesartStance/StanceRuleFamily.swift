/// The families of rules, one pass each over a clause, in the order they run
/// (``StanceScan/analyse(sentence:_:words:)`` walks ``passes``; the order matters: participial
/// attributes take their participle away from the cue pass, and records of a later pass
/// that repeat an earlier one are dropped).
enum StanceRuleFamily: Sendable, CaseIterable {
    /// Participles of cue verbs as attributes ("die vom Iran unterstützten Huthi"):
    /// ``StanceRule/participleAttribute``.
    case participleAttribute
    /// Cue words of `cues.tsv` with their argument slots: the `verb.*`, `noun.*`,
    /// `adjective`, `phrase`, `clause.inherited-holder` and `speech.inverted` rules.
    case cue
    /// Verbs of calling with an evaluation word ("bezeichnete X als Aggressor"):
    /// ``StanceRule/evaluation``.
    case evaluation
    /// Relation words of `relations.tsv` ("stärkt die Beziehungen zu Y", "Spannungen zwischen
    /// X und Y"): ``StanceRule/relation``, ``StanceRule/tension``.
    case relation

    /// The passes over each clause, in order.
    static let passes: [StanceRuleFamily] = [.participleAttribute, .cue, .evaluation, .relation]
}
