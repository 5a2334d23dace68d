import LesartCore

/// One line of `cues.tsv`: a lemma, its label, and where its holder and target are.
/// A class, so that reading an entry in the scan copies one reference, not its fields.
final class CueEntry: Sendable {
    let lemma: String
    let kind: CueKind
    let label: StanceLabel
    /// Separable particle (`zu` of `zusagen`), or nil.
    let particle: String?
    let holderSlots: [ArgumentSlot]
    let targetSlots: [ArgumentSlot]
    /// For phrases: the other words that must occur in the clause (`Rücken` of `den Rücken kehren`).
    let companions: [String]
    let origin: String
    /// The target slots that are prepositions ("prep:gegen").
    let prepositionalTargetSlots: [ArgumentSlot]
    /// Those and the prepositions of class `attitude-target` ("gegenüber"), which name the
    /// target of any attitude noun ("Drohungen gegenüber X").
    let nounTargetSlots: [ArgumentSlot]
    /// A verb that with a zu-infinitive states a risk, not a threat (class `risk-verb`: "droht zu eskalieren").
    let isRiskVerb: Bool
    /// A cue "mit X" (a target slot of class `symmetric`): with a coordinated subject it is
    /// mutual ("Russland und China kooperieren").
    let isSymmetric: Bool

    init(lemma: String, kind: CueKind, label: StanceLabel, particle: String?, holderSlots: [ArgumentSlot],
         targetSlots: [ArgumentSlot], companions: [String], origin: String, ruleWords: RuleWordLexicon) {
        self.lemma = lemma
        self.kind = kind
        self.label = label
        self.particle = particle
        self.holderSlots = holderSlots
        self.targetSlots = targetSlots
        self.companions = companions
        self.origin = origin
        prepositionalTargetSlots = targetSlots.filter { if case .preposition = $0 { true } else { false } }
        nounTargetSlots = prepositionalTargetSlots + ruleWords.attitudeSlots
        isRiskVerb = ruleWords.classes(of: lemma).contains(.riskVerb)
        isSymmetric = targetSlots.contains { if case .preposition(let p) = $0 { ruleWords.classes(of: p).contains(.symmetric) } else { false } }
    }

    /// Recipient verbs ("erhält … von X"): the holder is the giver, the target the subject.
    var isRecipient: Bool { targetSlots.first == .subject }
}
