/// One aggregated relation: holder → target with a label (and a time bucket when dated),
/// how many records say so, how many of them are negated, and the count per modality.
public struct NetworkEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var label: String
    /// The time bucket (`2026-03`), nil without dates.
    public var bucket: String?
    public var count: Int
    public var negated: Int
    /// Counts per modality, in the order of ``ActorNetwork/modalities`` (last: any other).
    public var byModality: [Int]
}
