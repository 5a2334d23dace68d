/// The actor network of a stream of Lesart records, built one record at a time: memory
/// grows with the number of distinct actors and edges (× time buckets), never with the
/// number of records. Actor names, labels and buckets are interned once; an edge is four
/// integers and its counts.
public struct ActorNetwork: Sendable {
    /// Modalities counted separately; any other counts in a last slot.
    public static let modalities = ["asserted", "reported", "possible", "conditional", "intended"]

    struct EdgeKey: Hashable {
        var holder: Int32
        var target: Int32
        var label: Int32
        var bucket: Int32
    }

    struct EdgeCounts {
        var count = 0
        var negated = 0
        var byModality = [Int](repeating: 0, count: ActorNetwork.modalities.count + 1)
    }

    public let filter: NetworkFilter
    public private(set) var codes: ActorCodeBook
    private var names: [String] = []
    private var index: [String: Int32] = [:]
    private var mentions: [Int] = []
    private var labels = Interner()
    private var buckets = Interner()
    private var edges: [EdgeKey: EdgeCounts] = [:]
    /// Records added, and stance records seen and counted.
    public private(set) var records = 0
    public private(set) var stancesSeen = 0
    public private(set) var stancesCounted = 0

    public init(filter: NetworkFilter = NetworkFilter(), codes: ActorCodeBook = ActorCodeBook()) {
        self.filter = filter
        self.codes = codes
    }

    /// Counts the record's mentions and its stance records that pass the filter, in `bucket`.
    public mutating func add(_ record: LesartRecord, bucket: String? = nil) {
        records += 1
        for entity in record.entities ?? [] {
            mentions[Int(intern(entity.actorName))] += 1
            codes.learn(from: entity)
        }
        let bucketID = bucket.map { buckets.id($0) } ?? -1
        for stance in record.stances ?? [] {
            stancesSeen += 1
            guard filter.accepts(stance) else { continue }
            stancesCounted += 1
            let key = EdgeKey(holder: intern(stance.holder.actor), target: intern(stance.target.actor),
                              label: labels.id(stance.label), bucket: bucketID)
            let slot = Self.modalities.firstIndex(of: stance.modality) ?? Self.modalities.count
            edges[key, default: EdgeCounts()].count += 1
            edges[key]!.byModality[slot] += 1
            if stance.isNegated { edges[key]!.negated += 1 }
        }
    }

    /// Whether any edge has a time bucket.
    public var isDated: Bool { !buckets.names.isEmpty }

    /// The edges whose total over all buckets reaches the filter's `minCount`, sorted by
    /// source, target, label and bucket (a deterministic order whatever the input order).
    public func keptEdges() -> [NetworkEdge] {
        var totals: [EdgeKey: Int] = [:]
        for (key, counts) in edges {
            totals[EdgeKey(holder: key.holder, target: key.target, label: key.label, bucket: -1), default: 0] += counts.count
        }
        return edges.compactMap { key, counts -> NetworkEdge? in
            let total = totals[EdgeKey(holder: key.holder, target: key.target, label: key.label, bucket: -1)] ?? 0
            guard total >= filter.minCount else { return nil }
            return NetworkEdge(source: names[Int(key.holder)], target: names[Int(key.target)],
                               label: labels.names[Int(key.label)],
                               bucket: key.bucket >= 0 ? buckets.names[Int(key.bucket)] : nil,
                               count: counts.count, negated: counts.negated, byModality: counts.byModality)
        }.sorted { a, b in
            (a.source, a.target, a.label, a.bucket ?? "") < (b.source, b.target, b.label, b.bucket ?? "")
        }
    }

    /// The nodes: actors of the kept edges, plus (without an actor filter) actors mentioned
    /// at least `minCount` times, plus the filter's actors that occur at all; sorted by name.
    public func nodes(for kept: [NetworkEdge]) -> [NetworkNode] {
        var outgoing: [String: Int] = [:]
        var incoming: [String: Int] = [:]
        for edge in kept {
            outgoing[edge.source, default: 0] += edge.count
            incoming[edge.target, default: 0] += edge.count
        }
        return names.indices.compactMap { i -> NetworkNode? in
            let name = names[i]
            let inEdges = outgoing[name] != nil || incoming[name] != nil
            let listed = filter.actors.map { $0.contains(name) } ?? (mentions[i] >= filter.minCount)
            guard inEdges || listed else { return nil }
            let code = codes.code(of: name)
            return NetworkNode(actor: name, code: code?.code ?? "", kind: code?.kind ?? "",
                               mentions: mentions[i], outgoing: outgoing[name] ?? 0, incoming: incoming[name] ?? 0)
        }.sorted { $0.actor < $1.actor }
    }

    /// The number of distinct actors and of edges (with buckets) held.
    public var size: (actors: Int, edges: Int) { (names.count, edges.count) }

    private mutating func intern(_ name: String) -> Int32 {
        if let id = index[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        index[name] = id
        mentions.append(0)
        return id
    }
}

/// Strings numbered in order of first sight.
struct Interner: Sendable {
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    mutating func id(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }
}
