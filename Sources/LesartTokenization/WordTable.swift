import LesartCore

/// An immutable open-addressing hash table from byte strings to dense ids `0..<count`:
/// the per-token word lookup of the gazetteer (every word of its phrases and rule lists)
/// and of the stance lexicons (every word form they know, see ``WordValueTable``). A
/// lookup hashes the bytes eight at a time, compares a 32-bit tag before any byte, and
/// never builds a String or allocates.
public struct WordTable: Sendable {
    /// The keys back to back.
    @usableFromInline let storage: [UInt8]
    /// Per id, the key's offset in `storage` (high 32 bits) and length (low 32 bits).
    @usableFromInline let spans: [UInt64]
    /// Per slot, the high 32 bits of the key's hash and the id + 1 (0: empty slot).
    @usableFromInline let slots: [UInt64]
    @usableFromInline let mask: Int
    /// One bit per hash, set for the keys' hashes (about eight bits per key): most words
    /// that are no key are rejected here, in a bitmap small enough to stay in cache,
    /// before their slot is read.
    @usableFromInline let filter: [UInt64]
    @usableFromInline let filterMask: Int
    /// Length in bytes of the longest key.
    public let maxKeyLength: Int

    /// Builds the table; the id of a key is its position in `keys`, which must be unique.
    public init(keys: [[UInt8]]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var filterBits = 512
        while filterBits < keys.count * 8 { filterBits <<= 1 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var storage: [UInt8] = []
        storage.reserveCapacity(keys.reduce(0) { $0 + $1.count })
        var spans: [UInt64] = []
        spans.reserveCapacity(keys.count)
        var longest = 0
        for (id, key) in keys.enumerated() {
            spans.append(UInt64(storage.count) << 32 | UInt64(key.count))
            storage.append(contentsOf: key)
            longest = max(longest, key.count)
            let hash = key.withUnsafeBytes { Self.hash($0.baseAddress, key.count) }
            let bit = Self.filterBit(hash) & (filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        }
        self.storage = storage
        self.spans = spans
        self.slots = slots
        self.mask = capacity - 1
        self.filter = filter
        self.filterMask = filterBits - 1
        self.maxKeyLength = longest
    }

    /// Number of keys.
    public var count: Int { spans.count }

    /// The key of `id`.
    public func key(_ id: Int32) -> [UInt8] {
        let span = spans[Int(id)]
        let start = Int(span >> 32)
        return Array(storage[start..<(start + Int(span & 0xFFFF_FFFF))])
    }

    /// The id of the bytes in `slice`, or -1.
    @inlinable public func id(of slice: Slice<UnsafeBufferPointer<UInt8>>) -> Int32 {
        guard slice.count <= maxKeyLength, let base = slice.base.baseAddress else { return -1 }
        return withTables { tables in Self.probe(UnsafeRawPointer(base + slice.startIndex), slice.count, tables) }
    }

    /// The id of a byte array, or -1.
    public func id(of key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { id(of: $0[...]) }
    }

    /// The id of every token's bytes (or -1), written to `ids` (resized to `tokens.count`):
    /// one hash per token, the table's arrays pinned once for the whole document.
    public func ids(of tokens: UnsafeBufferPointer<Token>, in bytes: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) {
        ids.removeAll(keepingCapacity: true)
        ids.append(contentsOf: repeatElement(-1, count: tokens.count))
        guard let base = bytes.baseAddress else { return }
        let longest = maxKeyLength
        withTables { tables in
            ids.withUnsafeMutableBufferPointer { out in
                for (i, token) in tokens.enumerated() {
                    let count = Int(token.end &- token.start)
                    if count <= longest && count > 0 {
                        out[i] = Self.probe(UnsafeRawPointer(base + Int(token.start)), count, tables)
                    }
                }
            }
        }
    }

    /// The table's arrays, pinned for a run of lookups.
    @usableFromInline struct Tables {
        @usableFromInline let keys: UnsafeBufferPointer<UInt8>
        @usableFromInline let slots: UnsafeBufferPointer<UInt64>
        @usableFromInline let spans: UnsafeBufferPointer<UInt64>
        @usableFromInline let filter: UnsafeBufferPointer<UInt64>
        @usableFromInline let mask: Int
        @usableFromInline let filterMask: Int

        @inlinable init(keys: UnsafeBufferPointer<UInt8>, slots: UnsafeBufferPointer<UInt64>, spans: UnsafeBufferPointer<UInt64>,
                        filter: UnsafeBufferPointer<UInt64>, mask: Int, filterMask: Int) {
            self.keys = keys
            self.slots = slots
            self.spans = spans
            self.filter = filter
            self.mask = mask
            self.filterMask = filterMask
        }
    }

    @inlinable func withTables<R>(_ body: (Tables) -> R) -> R {
        storage.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                spans.withUnsafeBufferPointer { spans in
                    filter.withUnsafeBufferPointer { filter in
                        body(Tables(keys: keys, slots: slots, spans: spans, filter: filter, mask: mask, filterMask: filterMask))
                    }
                }
            }
        }
    }

    /// The filter bit of a hash (bits the slot index and the tag do not use alone).
    @inlinable static func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> 20)
    }

    @inlinable
    static func probe(_ pointer: UnsafeRawPointer, _ count: Int, _ tables: Tables) -> Int32 {
        let hash = Self.hash(pointer, count)
        let bit = filterBit(hash) & tables.filterMask
        guard tables.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & tables.mask
        while true {
            let entry = tables.slots[slot]
            if entry == 0 { return -1 }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                let span = tables.spans[id]
                if Int(span & 0xFFFF_FFFF) == count,
                   Self.equal(pointer, UnsafeRawPointer(tables.keys.baseAddress! + Int(span >> 32)), count) {
                    return Int32(id)
                }
            }
            slot = (slot + 1) & tables.mask
        }
    }

    /// A 64-bit hash of `count` bytes at `pointer`, read in (possibly overlapping) words
    /// that never reach past the bytes.
    @inlinable public static func hash(_ pointer: UnsafeRawPointer?, _ count: Int) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        guard let p = pointer, count > 0 else { return finish(h) }
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                h = mix(h ^ p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            h = mix(h ^ p.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(p.loadUnaligned(as: UInt32.self))
            let high = UInt64(p.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            h = mix(h ^ (low | high << 32))
        } else {
            let word = UInt64(p.load(as: UInt8.self)) | UInt64(p.load(fromByteOffset: count >> 1, as: UInt8.self)) << 8
                | UInt64(p.load(fromByteOffset: count - 1, as: UInt8.self)) << 16
            h = mix(h ^ word)
        }
        return finish(h)
    }

    @inlinable static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0xBF58_476D_1CE4_E5B9
        return m ^ (m >> 31)
    }

    @inlinable static func finish(_ x: UInt64) -> UInt64 {
        let m = (x ^ (x >> 32)) &* 0x94D0_49BB_1331_11EB
        return m ^ (m >> 29)
    }

    /// Whether the `count` bytes at `a` and `b` are equal, compared in the words `hash` reads.
    @inlinable static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset += 8
            }
            return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        if count >= 4 {
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        }
        for offset in 0..<count where a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) {
            return false
        }
        return true
    }
}
