/// How the text presents the relation.
public enum StanceModality: UInt8, Sendable, CaseIterable, Hashable {
    /// Stated as fact.
    case asserted
    /// Attributed to a source: "laut Kiew", "X zufolge", Konjunktiv I.
    case reported
    /// Hedged: "könnte", "dürfte", "angeblich", "mutmaßlich".
    case possible
    /// Under a condition: "falls", "wenn", "Sollte X …".
    case conditional
    /// Announced or planned: "will", "plant", "kündigte an".
    case intended

    public var name: String {
        switch self {
        case .asserted: "asserted"
        case .reported: "reported"
        case .possible: "possible"
        case .conditional: "conditional"
        case .intended: "intended"
        }
    }

    public init?(name: String) {
        guard let value = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = value
    }
}
