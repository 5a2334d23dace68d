/// An immutable hash table from byte strings to values, read with byte ranges of the
/// document without copying them: open addressing with linear probing, a hash that
/// reads eight bytes at a time, a small bit filter in front (most words of a text are
/// no key, and the filter stays in the cache where the slots do not), and the first eight
/// bytes of each key kept in its slot, so that a short key is compared without reading
/// the key store.
struct WordTable<Value: Sendable>: Sendable {
    /// A slot: the first eight bytes of its key (little-endian, zero-padded), the key's
    /// length and its entry (-1 when empty).
    private struct Slot {
        var head: UInt64 = 0
        var length: Int32 = 0
        var entry: Int32 = -1
    }

    /// The hash of a byte string and its first eight bytes.
    private struct Probe {
        var hash: UInt64
        var head: UInt64
    }

    /// Keys one after the other; entry `e`'s key starts at `keyStart[e]`.
    private var storage: [UInt8] = []
    private var keyStart: [Int32] = []
    private var values: [Value] = []
    private var slots: [Slot]
    private let mask: Int
    /// Two bits per key, picked by its hash: a word with either bit clear is no key.
    private var filter = [UInt64](repeating: 0, count: Self.filterWords)
    private static var filterWords: Int { 1024 }

    /// Length in bytes of the longest key.
    private(set) var maxKeyLength = 0

    /// Builds the table; a later duplicate key replaces the earlier value.
    init(_ entries: [(key: [UInt8], value: Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (key, value) in entries { insert(key, value) }
    }

    var count: Int { values.count }

    private mutating func insert(_ key: [UInt8], _ value: Value) {
        let probe = key.withUnsafeBufferPointer { Self.probe(of: $0, in: 0..<$0.count) }
        var slot = Self.slot(of: probe.hash) & mask
        while slots[slot].entry >= 0 {
            let e = Int(slots[slot].entry)
            let start = Int(keyStart[e])
            if Int(slots[slot].length) == key.count, storage[start..<start + key.count].elementsEqual(key) {
                values[e] = value
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(head: probe.head, length: Int32(key.count), entry: Int32(values.count))
        let (a, b) = Self.filterBits(of: probe.hash)
        filter[a >> 6] |= 1 << UInt64(a & 63)
        filter[b >> 6] |= 1 << UInt64(b & 63)
        keyStart.append(Int32(storage.count))
        storage.append(contentsOf: key)
        values.append(value)
        maxKeyLength = max(maxKeyLength, key.count)
    }

    /// Hash of the bytes of `range` (its length, then its eight-byte words read
    /// little-endian, the last one zero-padded, each multiplied in) and its first word.
    @inline(__always) private static func probe(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Probe {
        var hash = UInt64(range.count) &* 0x9E3779B97F4A7C15
        guard let base = bytes.baseAddress else { return Probe(hash: hash, head: 0) }
        let raw = UnsafeRawPointer(base)
        var head: UInt64 = 0
        var p = range.lowerBound
        while p + 8 <= range.upperBound {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt64.self))
            if p == range.lowerBound { head = word }
            hash = mix(hash, word)
            p += 8
        }
        let rest = range.upperBound - p
        if rest > 0 {
            var word: UInt64 = 0
            if range.upperBound >= 8 {
                // The eight bytes ending with the range, shifted so its last `rest` bytes remain.
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.upperBound - 8, as: UInt64.self))
                    >> UInt64(8 * (8 - rest))
            } else {
                for i in 0..<rest { word |= UInt64(bytes[p + i]) << UInt64(8 * i) }
            }
            if p == range.lowerBound { head = word }
            hash = mix(hash, word)
        }
        return Probe(hash: hash ^ (hash >> 29), head: head)
    }

    @inline(__always) private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let h = (hash ^ word) &* 0xBF58476D1CE4E5B9
        return h ^ (h >> 31)
    }

    @inline(__always) private static func slot(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash) }

    /// The two filter bits of a key.
    @inline(__always) private static func filterBits(of hash: UInt64) -> (Int, Int) {
        let bits = filterWords * 64 - 1
        return (Int(truncatingIfNeeded: hash >> 20) & bits, Int(truncatingIfNeeded: hash >> 40) & bits)
    }

    /// The value for the bytes of `range`, or nil.
    @inline(__always) func value(for bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Value? {
        guard range.count <= maxKeyLength else { return nil }
        let probe = Self.probe(of: bytes, in: range)
        let (a, b) = Self.filterBits(of: probe.hash)
        guard filter[a >> 6] & (1 << UInt64(a & 63)) != 0, filter[b >> 6] & (1 << UInt64(b & 63)) != 0 else { return nil }
        var slot = Self.slot(of: probe.hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate.entry < 0 { return nil }
            if candidate.head == probe.head, Int(candidate.length) == range.count,
               range.count <= 8 || matchesTail(Int(candidate.entry), bytes, range) {
                return values[Int(candidate.entry)]
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value for a byte array, or nil.
    func value(for key: [UInt8]) -> Value? {
        key.withUnsafeBufferPointer { value(for: $0, in: 0..<$0.count) }
    }

    /// Whether the bytes of `range` after its first eight equal those of entry `e`'s key.
    private func matchesTail(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        storage.withUnsafeBufferPointer { stored in
            var k = Int(keyStart[e]) + 8
            for i in range.lowerBound + 8..<range.upperBound {
                if stored[k] != bytes[i] { return false }
                k += 1
            }
            return true
        }
    }
}
