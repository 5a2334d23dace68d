/// Classes of closed words in `grammar.tsv`; a word may belong to several (`um`).
struct GrammarClass: OptionSet, Sendable {
    let rawValue: UInt8

    static let subordinator = GrammarClass(rawValue: 1 << 0)
    static let preposition = GrammarClass(rawValue: 1 << 1)
    static let objective = GrammarClass(rawValue: 1 << 2)
    static let pronoun = GrammarClass(rawValue: 1 << 3)
    static let possessive = GrammarClass(rawValue: 1 << 4)
    static let passive = GrammarClass(rawValue: 1 << 5)
    static let coordinator = GrammarClass(rawValue: 1 << 6)
    static let copula = GrammarClass(rawValue: 1 << 7)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init?(name: String) {
        switch name {
        case "subordinator": self = .subordinator
        case "preposition": self = .preposition
        case "objective": self = .objective
        case "pronoun": self = .pronoun
        case "possessive": self = .possessive
        case "passive": self = .passive
        case "coordinator": self = .coordinator
        case "copula": self = .copula
        default: return nil
        }
    }
}
