/// How a mention relates to the name it refers to.
public enum EntityForm: UInt8, Sendable, CaseIterable, Hashable {
    /// The name itself, possibly inflected: `Russland`, `Russlands`, `Vereinigten Staaten`.
    case name
    /// A word derived from the name: `russisch`, `russischen`, `Russe`, `Berliner`.
    case derived
    /// The name inside a compound; the mention is the whole token: `EU-Beitritt`.
    case part
    /// Not a name: a role description whose modifier names the actor ("die spanische
    /// [Regierung]", "Irans [Revolutionsführer]", "[Kremlchef]") or a generic group
    /// ("[prorussische Separatisten]"). Its ``Entity/antecedent`` is the modifier, if any.
    case description
    /// Not a name: a reference resolved to an earlier mention of the document ("das
    /// [Land]", "die [Rebellen]"); its ``Entity/antecedent`` is that mention.
    case reference

    /// Whether the mention is a name (GermEval's notion of an entity): `name`, `derived` or `part`.
    public var isName: Bool { self == .name || self == .derived || self == .part }

    /// "name", "derived", "part", "description" or "reference", as written in output.
    public var description: String {
        switch self {
        case .name: "name"
        case .derived: "derived"
        case .part: "part"
        case .description: "description"
        case .reference: "reference"
        }
    }
}
