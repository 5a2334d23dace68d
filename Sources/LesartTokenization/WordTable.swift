import CMemoryHints
import LesartCore

/// An immutable open-addressing hash table from byte strings to dense ids `0..<count`:
/// the per-token word lookup of the gazetteer (every word of its phrases and rule lists)
/// and of the stance lexicons (every word form they know, see ``WordValueTable``). A
/// lookup hashes the bytes eight at a time and never builds a String or allocates.
///
/// A slot holds a key's first eight bytes beside its hash tag, length and id, so a lookup
/// reads one cache line: a word of up to eight bytes is compared there in full, a longer
/// one there first and only then in the key storage. Before the slot, a bitmap small enough
/// to stay in cache rejects most words that are no key. Per-token lookups are bound by
/// memory reads, not by arithmetic: the slots of a large gazetteer take megabytes.
public struct WordTable: Sendable {
    /// The keys back to back.
    @usableFromInline let storage: [UInt8]
    /// Per id, the key's offset in `storage` (high 32 bits) and length (low 32 bits).
    @usableFromInline let spans: [UInt64]
    /// Two words per slot: the key's first eight bytes (``prefix(_:_:)``), then its
    /// ``slotTag(_:_:)`` with the id + 1 in the low 32 bits (0: empty slot).
    @usableFromInline let slots: [UInt64]
    @usableFromInline let mask: Int
    /// One bit per hash, set for the keys' hashes (about eight bits per key).
    @usableFromInline let filter: [UInt64]
    @usableFromInline let filterMask: Int
    /// Length in bytes of the longest key.
    public let maxKeyLength: Int
    /// Per byte value, the id of the one-byte key of that byte, or -1: an eighth of a
    /// document's tokens are one byte long (punctuation above all), and
    /// ``ids(of:in:into:)`` reads their ids here instead of hashing and probing.
    @usableFromInline let byteIDs: [Int32]

    /// Builds the table; the id of a key is its position in `keys`, which must be unique.
    public init(keys: [[UInt8]]) {
        // At most five keys in eight slots: four slots share a cache line, so a probe that
        // runs on past its first slot mostly stays in it.
        var capacity = 16
        while capacity * 5 < keys.count * 8 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity * 2)
        var filterBits = 512
        while filterBits < keys.count * 8 { filterBits <<= 1 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var storage: [UInt8] = []
        storage.reserveCapacity(keys.reduce(0) { $0 + $1.count })
        var spans: [UInt64] = []
        spans.reserveCapacity(keys.count)
        var longest = 0
        var byteIDs = [Int32](repeating: -1, count: 256)
        for (id, key) in keys.enumerated() {
            if key.count == 1 { byteIDs[Int(key[0])] = Int32(id) }
            spans.append(UInt64(storage.count) << 32 | UInt64(key.count))
            storage.append(contentsOf: key)
            longest = max(longest, key.count)
            let (hash, prefix) = key.withUnsafeBytes { raw -> (UInt64, UInt64) in
                guard let base = raw.baseAddress else { return (Self.hash(nil, 0), 0) }
                return (Self.hash(base, key.count), Self.prefix(base, key.count))
            }
            let bit = Self.filterBit(hash) & (filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[2 * slot + 1] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[2 * slot] = prefix
            slots[2 * slot + 1] = Self.slotTag(hash, key.count) | UInt64(id + 1)
        }
        self.storage = storage
        self.spans = spans
        self.slots = slots
        self.mask = capacity - 1
        self.filter = filter
        self.filterMask = filterBits - 1
        self.maxKeyLength = longest
        self.byteIDs = byteIDs
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
    /// one hash per token, the table's arrays pinned once for the whole document. Tokens go
    /// in blocks of `lookahead`: the block's tokens that need a probe are hashed, queued and
    /// their filter words and slots asked for (`lesart_prefetch`) before the first is probed,
    /// so their reads overlap. A token of one byte is read from ``byteIDs`` instead; the
    /// empty token and one longer than every key have no id.
    public func ids(of tokens: UnsafeBufferPointer<Token>, in bytes: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) {
        ids.removeAll(keepingCapacity: true)
        ids.append(contentsOf: repeatElement(-1, count: tokens.count))
        guard let base = bytes.baseAddress else { return }
        let longest = maxKeyLength
        withTables { tables in
            // Never empty (see `init`): the prefetches need no check per token.
            let filterBase = tables.filter.baseAddress!
            let slotsBase = tables.slots.baseAddress!
            ids.withUnsafeMutableBufferPointer { out in
                // Per queued token: its hash, its prefix (both from the same loads), its start,
                // and its index (high 32 bits) with its length.
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4 * Self.lookahead) { queue in
                    var blockStart = 0
                    while blockStart < tokens.count {
                        let blockEnd = min(blockStart + Self.lookahead, tokens.count)
                        var queued = 0
                        for i in blockStart..<blockEnd {
                            let start = Int(tokens[i].start)
                            let count = Int(tokens[i].end &- tokens[i].start)
                            if count == 1 {
                                out[i] = tables.byteIDs[Int(base[start])]
                                continue
                            }
                            guard count <= longest && count > 0 else { continue }
                            let hash: UInt64, prefix: UInt64
                            if count < 8 && start &+ 8 <= bytes.count {
                                // The word and the bytes after it in one load, those masked off.
                                let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                                (hash, prefix) = Self.shortHashAndPrefix(word & (UInt64.max &>> (64 &- 8 &* UInt64(count))), count)
                            } else {
                                (hash, prefix) = Self.hashAndPrefix(UnsafeRawPointer(base + start), count)
                            }
                            queue[4 &* queued] = hash
                            queue[4 &* queued &+ 1] = prefix
                            queue[4 &* queued &+ 2] = UInt64(truncatingIfNeeded: start)
                            queue[4 &* queued &+ 3] = UInt64(truncatingIfNeeded: i) << 32 | UInt64(truncatingIfNeeded: count)
                            queued &+= 1
                            let bit = Self.filterBit(hash) & tables.filterMask
                            lesart_prefetch(filterBase + (bit >> 6))
                            lesart_prefetch(slotsBase + 2 &* (Int(truncatingIfNeeded: hash) & tables.mask))
                        }
                        for k in 0..<queued {
                            let indexAndCount = queue[4 &* k &+ 3]
                            out[Int(truncatingIfNeeded: indexAndCount >> 32)] = Self.probe(
                                UnsafeRawPointer(base + Int(truncatingIfNeeded: queue[4 &* k &+ 2])),
                                Int(truncatingIfNeeded: indexAndCount & 0xFFFF_FFFF),
                                hash: queue[4 &* k], prefix: queue[4 &* k &+ 1], tables)
                        }
                        blockStart = blockEnd
                    }
                }
            }
        }
    }

    /// Tokens hashed and their reads asked for ahead of the probes in ``ids(of:in:into:)``:
    /// enough to overlap a dozen memory reads, few enough that the lines are still in cache.
    static let lookahead = 16

    /// The table's arrays, pinned for a run of lookups.
    @usableFromInline struct Tables {
        @usableFromInline let keys: UnsafeBufferPointer<UInt8>
        @usableFromInline let slots: UnsafeBufferPointer<UInt64>
        @usableFromInline let spans: UnsafeBufferPointer<UInt64>
        @usableFromInline let filter: UnsafeBufferPointer<UInt64>
        @usableFromInline let byteIDs: UnsafeBufferPointer<Int32>
        @usableFromInline let mask: Int
        @usableFromInline let filterMask: Int

        @inlinable init(keys: UnsafeBufferPointer<UInt8>, slots: UnsafeBufferPointer<UInt64>, spans: UnsafeBufferPointer<UInt64>,
                        filter: UnsafeBufferPointer<UInt64>, byteIDs: UnsafeBufferPointer<Int32>, mask: Int, filterMask: Int) {
            self.keys = keys
            self.slots = slots
            self.spans = spans
            self.filter = filter
            self.byteIDs = byteIDs
            self.mask = mask
            self.filterMask = filterMask
        }
    }

    @inlinable func withTables<R>(_ body: (Tables) -> R) -> R {
        storage.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                spans.withUnsafeBufferPointer { spans in
                    filter.withUnsafeBufferPointer { filter in
                        byteIDs.withUnsafeBufferPointer { byteIDs in
                            body(Tables(keys: keys, slots: slots, spans: spans, filter: filter, byteIDs: byteIDs, mask: mask,
                                        filterMask: filterMask))
                        }
                    }
                }
            }
        }
    }

    /// The filter bit of a hash (bits the slot index and the tag do not use alone).
    @inlinable static func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> 20)
    }

    /// The high 32 bits of a slot's second word: 16 bits of the hash (bits the slot index
    /// does not use) and the key's length (capped; longer keys are compared in full).
    @inlinable static func slotTag(_ hash: UInt64, _ count: Int) -> UInt64 {
        hash & 0xFFFF_0000_0000_0000 | UInt64(min(count, 0xFFFF)) << 32
    }

    /// The first eight bytes at `pointer` as a little-endian word, zero-padded when `count`
    /// is shorter, read without reaching past the bytes.
    @inlinable @inline(__always) static func prefix(_ pointer: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 8 { return pointer.loadUnaligned(as: UInt64.self) }
        if count >= 4 {
            let low = UInt64(pointer.loadUnaligned(as: UInt32.self))
            let high = pointer.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) >> UInt32((8 - count) * 8)
            return low | UInt64(high) << 32
        }
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(pointer.load(fromByteOffset: offset, as: UInt8.self)) << UInt64(offset * 8) }
        return word
    }

    @inlinable
    static func probe(_ pointer: UnsafeRawPointer, _ count: Int, _ tables: Tables) -> Int32 {
        guard count > 0 else { return probe(pointer, 0, hash: hash(nil, 0), prefix: 0, tables) }
        let (hash, prefix) = hashAndPrefix(pointer, count)
        return probe(pointer, count, hash: hash, prefix: prefix, tables)
    }

    /// The id of the `count` bytes at `pointer`, whose ``hash(_:_:)`` is `hash` and whose
    /// ``prefix(_:_:)`` is `prefix`, or -1. Always inlined: it runs once per token, and a call
    /// costs a fifth of it.
    @inlinable @inline(__always)
    static func probe(_ pointer: UnsafeRawPointer, _ count: Int, hash: UInt64, prefix: UInt64, _ tables: Tables) -> Int32 {
        let bit = filterBit(hash) & tables.filterMask
        guard tables.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        let tag = slotTag(hash, count)
        var slot = Int(truncatingIfNeeded: hash) & tables.mask
        while true {
            let entry = tables.slots[2 &* slot &+ 1]
            if entry == 0 { return -1 }
            if entry & 0xFFFF_FFFF_0000_0000 == tag && tables.slots[2 &* slot] == prefix {
                let id = Int(entry & 0xFFFF_FFFF) &- 1
                // Up to eight bytes, the prefix and the length are the whole key.
                if count <= 8 { return Int32(truncatingIfNeeded: id) }
                let span = tables.spans[id]
                if Int(span & 0xFFFF_FFFF) == count,
                   Self.equal(pointer, UnsafeRawPointer(tables.keys.baseAddress! + Int(span >> 32)), count) {
                    return Int32(truncatingIfNeeded: id)
                }
            }
            slot = (slot &+ 1) & tables.mask
        }
    }

    /// A 64-bit hash of `count` bytes at `pointer` (``hashAndPrefix(_:_:)``'s).
    @inlinable public static func hash(_ pointer: UnsafeRawPointer?, _ count: Int) -> UInt64 {
        guard let p = pointer, count > 0 else { return finish(UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15) }
        return hashAndPrefix(p, count).0
    }

    /// The 64-bit hash of the `count` (1 or more) bytes at `p`, read in (possibly overlapping)
    /// words that never reach past them, and their ``prefix(_:_:)`` from the same loads: a
    /// lookup needs both, and the short words that make up most tokens would otherwise be
    /// read twice, the shortest byte by byte.
    @inlinable @inline(__always)
    static func hashAndPrefix(_ p: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64) {
        var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        let prefix: UInt64
        if count >= 8 {
            prefix = p.loadUnaligned(as: UInt64.self)
            var offset = 0
            while offset + 8 < count {
                h = mix(h ^ p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            h = mix(h ^ p.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(p.loadUnaligned(as: UInt32.self))
            let high = UInt64(p.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return shortHashAndPrefix(low | (high >> UInt64((8 - count) * 8)) << 32, count)
        } else {
            // First, middle and last byte: for one to three bytes, the bytes in order once the
            // repeats beyond `count` are masked off.
            let word = UInt64(p.load(as: UInt8.self)) | UInt64(p.load(fromByteOffset: count >> 1, as: UInt8.self)) << 8
                | UInt64(p.load(fromByteOffset: count - 1, as: UInt8.self)) << 16
            return shortHashAndPrefix(word & (UInt64(1) << UInt64(count * 8) &- 1), count)
        }
        return (finish(h), prefix)
    }

    /// ``hashAndPrefix(_:_:)`` of a word of fewer than eight bytes, given its prefix (the bytes
    /// zero-padded): the hash is made from the prefix and the length alone, so a caller that
    /// may read eight bytes from the word's start gets the prefix in one masked load.
    @inlinable @inline(__always)
    static func shortHashAndPrefix(_ prefix: UInt64, _ count: Int) -> (UInt64, UInt64) {
        (finish(mix(UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15 ^ prefix)), prefix)
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
