import LesartCore

/// The actor and the canonical name of each entity of a document, looked up the first
/// time a rule asks (most entities stand in sentences whose analysis needs no name).
/// A class so that the scan's read-only rules can fill it. Its caches are read by one scan
/// on one thread and no access overlaps another, so they go without the dynamic
/// exclusivity checks of class properties (a rule asks for names at every turn).
final class EntityNames {
    private let document: Document
    /// Per entity, the index of its actor in ``names``, or -1 until asked. Indices, not
    /// `String?`s: a document has hundreds of entities and its rules ask about a few, and an
    /// array of plain integers is filled and freed without touching each element's references.
    @exclusivity(unchecked) private var actors: [Int32]
    /// Per entity, the index of its canonical name in ``names``, or -1 until asked.
    @exclusivity(unchecked) private var canonicals: [Int32]
    /// The names asked for so far.
    @exclusivity(unchecked) private var names: [String] = []

    init(_ document: Document) {
        self.document = document
        actors = [Int32](repeating: -1, count: document.entities.count)
        canonicals = [Int32](repeating: -1, count: document.entities.count)
    }

    /// The actor entity `i` stands for (``Document/actor(of:)``).
    func actor(_ i: Int) -> String {
        let known = actors[i]
        if known >= 0 { return names[Int(known)] }
        let name = document.actor(of: document.entities[i])
        actors[i] = Int32(names.count)
        names.append(name)
        return name
    }

    /// Whether entity `i` may be offered to the stance stage as an actor (``Document/isActor(_:)``).
    func isActor(_ i: Int) -> Bool { document.isActor(document.entities[i]) }

    /// The canonical name of entity `i` (``Document/canonicalName(of:)``).
    func canonical(_ i: Int) -> String {
        let known = canonicals[i]
        if known >= 0 { return names[Int(known)] }
        let name = document.canonicalName(of: document.entities[i])
        canonicals[i] = Int32(names.count)
        names.append(name)
        return name
    }
}
