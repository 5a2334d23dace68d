/// The four GermEval / CoNLL entity classes.
public enum EntityLabel: UInt8, Sendable, CaseIterable, Hashable {
    case person, location, organisation, other

    /// "PER", "LOC", "ORG" or "OTH", as written in lexicons and output.
    public var name: String {
        switch self {
        case .person: "PER"
        case .location: "LOC"
        case .organisation: "ORG"
        case .other: "OTH"
        }
    }

    /// Parses "PER", "LOC", "ORG" or "OTH".
    public init?(name: String) {
        switch name {
        case "PER": self = .person
        case "LOC": self = .location
        case "ORG": self = .organisation
        case "OTH": self = .other
        default: return nil
        }
    }
}
