/// The three relations the stance stage finds (see STANCE.md).
public enum StanceLabel: String, Sendable, CaseIterable, Hashable {
    /// Backs, aids, supplies, allies with, recognises, defends, stays loyal to.
    case support
    /// Moves away from, criticises, rejects, leaves, sanctions, cuts ties with.
    case distancing
    /// Threatens, attacks, invades, annexes, claims territory of, coerces.
    case threat

    /// "support", "distancing" or "threat", as written in lexicons and output.
    public var name: String { rawValue }

    /// Parses "support", "distancing" or "threat".
    public init?(name: String) { self.init(rawValue: name) }
}
