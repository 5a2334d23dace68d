/// Whether the relation is asserted to hold or said not to hold.
public enum StancePolarity: String, Sendable, Hashable {
    case affirmed, negated

    /// "affirmed" or "negated", as written in output.
    public var name: String { rawValue }
}
