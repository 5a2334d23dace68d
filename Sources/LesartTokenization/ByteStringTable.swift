/// An immutable hash table from byte strings to small values, looked up with a byte
/// range of the text: no `String` is built on the hot path.
///
/// Keys live in one contiguous buffer; open addressing with linear probing, FNV-1a hashes.
public struct ByteStringTable<Value: Sendable>: Sendable {
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var keyStart: [Int32] = []
    @usableFromInline var keyLength: [Int32] = []
    @usableFromInline var values: [Value] = []
    @usableFromInline var slots: [Int32] = []
    @usableFromInline var mask = 0
    /// Length in bytes of the longest key.
    public internal(set) var maxKeyLength = 0

    /// Builds the table; a later duplicate key replaces the earlier value.
    public init(_ entries: [(key: [UInt8], value: Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in entries { insert(key, value) }
    }

    public var count: Int { values.count }

    private mutating func insert(_ key: [UInt8], _ value: Value) {
        var slot = Self.hash(key[...]) & mask
        while slots[slot] >= 0 {
            let e = Int(slots[slot])
            if equal(e, key[...]) {
                values[e] = value
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(values.count)
        keyStart.append(Int32(storage.count))
        keyLength.append(Int32(key.count))
        storage.append(contentsOf: key)
        values.append(value)
        maxKeyLength = max(maxKeyLength, key.count)
    }

    @inlinable func equal<C: Collection>(_ e: Int, _ key: C) -> Bool where C.Element == UInt8 {
        guard Int(keyLength[e]) == key.count else { return false }
        var k = Int(keyStart[e])
        for byte in key {
            if storage[k] != byte { return false }
            k += 1
        }
        return true
    }

    @inlinable static func hash<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in key {
            h = (h ^ UInt64(byte)) &* 0x100000001b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value for the bytes in `slice`, or nil.
    @inlinable public func value(for slice: Slice<UnsafeBufferPointer<UInt8>>) -> Value? {
        lookup(slice)
    }

    /// The value for a byte array, or nil.
    @inlinable public func value(for key: [UInt8]) -> Value? { lookup(key[...]) }

    /// The value for a string key, or nil (convenience; not for the hot path).
    public func value(for key: String) -> Value? { lookup(Array(key.utf8)[...]) }

    /// Open-addressing probe; inlinable so callers in other modules get a specialized copy
    /// (an unspecialized generic lookup costs more than the whole entity scan).
    @inlinable
    func lookup<C: Collection>(_ key: C) -> Value? where C.Element == UInt8 {
        if key.count > maxKeyLength || values.isEmpty { return nil }
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 {
            let e = Int(slots[slot])
            if equal(e, key) { return values[e] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
