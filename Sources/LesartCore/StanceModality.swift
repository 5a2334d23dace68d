/// How the text presents the relation.
public enum StanceModality: String, Sendable, CaseIterable, Hashable {
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

    /// The modality's name as written in lexicons and output ("asserted", "reported" …).
    public var name: String { rawValue }

    /// Parses a modality name.
    public init?(name: String) { self.init(rawValue: name) }
}
