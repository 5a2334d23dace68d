/// Placeholder replaced below.
public struct NetworkReport {
    public init(nodes: [NetworkNode], edges: [NetworkEdge], dated: Bool, maxNodes: Int, filter: NetworkFilter, records: Int) {}
    public var html: String { "" }
}
