/// The three relations the stance stage finds (see STANCE.md).
public enum StanceLabel: UInt8, Sendable, CaseIterable, Hashable {
    /// Backs, aids, supplies, allies with, recognises, defends, stays loyal to.
    case support
    /// Moves away from, criticises, rejects, leaves, sanctions, cuts ties with.
    case distancing
    /// Threatens, attacks, invades, annexes, claims territory of, coerces.
    case threat

    public var name: String {
        switch self {
        case .support: "support"
        case .distancing: "distancing"
        case .threat: "threat"
        }
    }

    public init?(name: String) {
        switch name {
        case "support": self = .support
        case "distancing": self = .distancing
        case "threat": self = .threat
        default: return nil
        }
    }
}
