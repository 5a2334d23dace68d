/// How an abbreviation behaves at a possible sentence end (column 2 of abbreviations.tsv).
public enum AbbreviationClass: UInt8, Sendable {
    /// Stands before a name, number or noun (`Dr.`, `Nr.`): never ends a sentence.
    case title
    /// Normally inside a sentence (`z.B.`, `bzw.`, `Okt.`): ends one only at a paragraph end.
    case inner
    /// Often ends a sentence (`usw.`, `etc.`): ends one when a capitalised word follows.
    case final

    init?(name: String) {
        switch name {
        case "title": self = .title
        case "inner": self = .inner
        case "final": self = .final
        default: return nil
        }
    }
}
