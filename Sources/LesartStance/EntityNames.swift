import LesartCore

/// The actor and the canonical name of each entity of a document, looked up the first
/// time a rule asks (most entities stand in sentences whose analysis needs no name).
/// A class so that the scan's read-only rules can fill it.
final class EntityNames {
    private let document: Document
    private var actors: [String?]
    private var canonicals: [String?]

    init(_ document: Document) {
        self.document = document
        actors = [String?](repeating: nil, count: document.entities.count)
        canonicals = [String?](repeating: nil, count: document.entities.count)
    }

    /// The actor entity `i` stands for (``Document/actor(of:)``).
    func actor(_ i: Int) -> String {
        if let known = actors[i] { return known }
        let name = document.actor(of: document.entities[i])
        actors[i] = name
        return name
    }

    /// Whether entity `i` may be offered to the stance stage as an actor (``Document/isActor(_:)``).
    func isActor(_ i: Int) -> Bool { document.isActor(document.entities[i]) }

    /// The canonical name of entity `i` (``Document/canonicalName(of:)``).
    func canonical(_ i: Int) -> String {
        if let known = canonicals[i] { return known }
        let name = document.canonicalName(of: document.entities[i])
        canonicals[i] = name
        return name
    }
}
