import LesartCore

/// One line of `cues.tsv`: a lemma, its label, and where its holder and target are.
struct CueEntry: Sendable {
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

    /// Recipient verbs ("erhält … von X"): the holder is the giver, the target the subject.
    var isRecipient: Bool { targetSlots.first == .subject }
}
