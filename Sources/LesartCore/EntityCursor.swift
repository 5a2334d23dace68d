/// Walks a document's entities alongside its tokens, both in text order: the writers ask
/// for the entity covering each token in turn, without a per-token table.
public struct EntityCursor {
    private let entities: [Entity]
    private var next = 0

    public init(_ entities: [Entity]) { self.entities = entities }

    /// The entity covering token `t`; ask for ascending `t`.
    public mutating func entity(at t: Int) -> Entity? {
        while next < entities.count, Int(entities[next].endToken) <= t { next += 1 }
        guard next < entities.count, entities[next].tokenRange.contains(t) else { return nil }
        return entities[next]
    }
}
