/// Whether the relation is asserted to hold or said not to hold.
public enum StancePolarity: UInt8, Sendable, Hashable {
    case affirmed, negated

    public var name: String { self == .affirmed ? "affirmed" : "negated" }
}
