/// How a mention relates to the name it refers to.
public enum EntityForm: UInt8, Sendable, CaseIterable, Hashable {
    /// The name itself, possibly inflected: `Russland`, `Russlands`, `Vereinigten Staaten`.
    case name
    /// A word derived from the name: `russisch`, `russischen`, `Russe`, `Berliner`.
    case derived
    /// The name inside a compound; the mention is the whole token: `EU-Beitritt`.
    case part

    /// "name", "derived" or "part", as written in output.
    public var description: String {
        switch self {
        case .name: "name"
        case .derived: "derived"
        case .part: "part"
        }
    }
}
