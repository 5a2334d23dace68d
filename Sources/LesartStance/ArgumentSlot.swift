/// Where a cue finds its holder or target (columns HOLDER and TARGET of `cues.tsv`).
enum ArgumentSlot: Sendable, Hashable {
    /// The clause's subject.
    case subject
    /// An accusative or dative object: any actor of the clause that is not the subject.
    case object
    /// A genitive, possessive or demonym adjective attached to a noun cue.
    case genitive
    /// The object of a preposition: "gegen X", "von X", "für X".
    case preposition(String)

    /// Parses `subject`, `object`, `gen` or `prep:P`.
    init?(field: String) {
        switch field {
        case "subject": self = .subject
        case "object": self = .object
        case "gen": self = .genitive
        default:
            guard field.hasPrefix("prep:"), field.count > 5 else { return nil }
            self = .preposition(String(field.dropFirst(5)))
        }
    }
}
