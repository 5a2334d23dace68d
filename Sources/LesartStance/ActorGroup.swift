/// An actor and the actors coordinated with it, in text order (``StanceScan/expand(_:in:)``):
/// entity indices, the first eight kept inline so that a group allocates nothing.
struct ActorGroup: RandomAccessCollection {
    private var inline: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var overflow: [Int] = []
    private var size = 0

    private static var inlineCapacity: Int { 8 }

    init() {}

    /// A group of one actor.
    init(_ entity: Int) { append(entity) }

    var startIndex: Int { 0 }
    var endIndex: Int { size }

    subscript(position: Int) -> Int {
        precondition(position >= 0 && position < size, "ActorGroup index out of range")
        if position >= Self.inlineCapacity { return overflow[position - Self.inlineCapacity] }
        return withUnsafeBytes(of: inline) { Int($0.load(fromByteOffset: position * 4, as: Int32.self)) }
    }

    mutating func append(_ entity: Int) {
        if size >= Self.inlineCapacity {
            overflow.append(entity)
        } else {
            let offset = size * 4
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: Int32(entity), toByteOffset: offset, as: Int32.self) }
        }
        size += 1
    }
}
