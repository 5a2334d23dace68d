/// A short list of byte strings for prefix and suffix tests against words of a document.
/// Items of up to eight bytes are packed into one word each, so a test is a mask and a
/// compare against the word's first or last eight bytes (``head(of:in:)``,
/// ``tail(of:in:)``); longer items are compared byte by byte.
struct ByteStringList: Sendable {
    private let items: [[UInt8]]
    /// Per item, its bytes packed as they appear at the start of a word (little-endian).
    private let heads: [UInt64]
    /// Per item, its bytes packed as they appear at the end of a word's last eight bytes.
    private let tails: [UInt64]
    /// Per item, the bytes `heads` and `tails` cover.
    private let headMasks: [UInt64]
    private let tailMasks: [UInt64]
    private let lengths: [Int]
    /// The length of the shortest item, at most four: the filters hash this many bytes.
    private let filteredLength: Int
    /// The low `filteredLength` bytes of a word (a word's first bytes, little-endian).
    private let filteredMask: UInt64
    /// The shift that brings a word's last `filteredLength` bytes of its last eight down.
    private let filteredShift: UInt64
    /// One bit per hash of the first `filteredLength` bytes of an item, ``filterBits`` bits:
    /// a word whose first bytes hash to a clear bit starts with no item, and is spared the
    /// compares. So many bits that few words pass by chance (with 64, one word in ten passed
    /// the adjective endings' test, and then looked in vain).
    private let prefixFilter: [UInt64]
    /// The same for the last `filteredLength` bytes and the word's end.
    private let suffixFilter: [UInt64]
    /// The bits of each filter (a power of two).
    static let filterBits = 4096

    init(_ items: [[UInt8]]) {
        self.items = items
        lengths = items.map(\.count)
        let filteredLength = min(items.map(\.count).min() ?? 0, 4)
        self.filteredLength = filteredLength
        filteredMask = filteredLength == 0 ? 0 : (1 << (8 * UInt64(filteredLength))) - 1
        filteredShift = 64 - 8 * UInt64(filteredLength)
        // An empty filter when an item is empty: every word then passes (`filteredLength == 0`).
        var prefixFilter = [UInt64](repeating: 0, count: filteredLength == 0 ? 0 : Self.filterBits / 64)
        var suffixFilter = prefixFilter
        for item in items where filteredLength > 0 {
            let first = item.prefix(filteredLength).enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element) << (8 * UInt64($1.offset))
            }
            Self.set(Self.bucket(first, filteredLength), in: &prefixFilter)
            let last = item.suffix(filteredLength).enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element) << (8 * UInt64(8 - filteredLength + $1.offset))
            }
            Self.set(Self.bucket(last >> (64 - 8 * UInt64(filteredLength)), filteredLength), in: &suffixFilter)
        }
        self.prefixFilter = prefixFilter
        self.suffixFilter = suffixFilter
        heads = items.map { item in
            item.count > 8 ? 0 : item.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        }
        tails = items.map { item in
            item.count > 8 ? 0 : item.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64(8 - item.count + $1.offset)) }
        }
        headMasks = items.map { $0.count >= 8 ? UInt64.max : (1 << (8 * UInt64($0.count))) - 1 }
        tailMasks = items.map { $0.count >= 8 ? UInt64.max : ~(UInt64.max >> (8 * UInt64($0.count))) }
    }

    /// Number of items.
    var count: Int { items.count }

    /// The length of item `k`.
    @inline(__always) func length(_ k: Int) -> Int { lengths[k] }

    /// The first eight bytes of `range` in `bytes`, little-endian, zero past the end.
    @inline(__always) static func head(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = range.count
        if range.lowerBound + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self)
            return count >= 8 ? word : word & ((1 &<< (8 &* UInt64(count))) &- 1)
        }
        var word: UInt64 = 0
        for j in 0..<min(count, 8) { word |= UInt64(bytes[range.lowerBound + j]) << (8 * UInt64(j)) }
        return word
    }

    /// The last eight bytes of `range` in `bytes`, little-endian, zero before the start.
    @inline(__always) static func tail(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = range.count
        if range.upperBound >= 8, let base = bytes.baseAddress {
            let word = UnsafeRawPointer(base + range.upperBound - 8).loadUnaligned(as: UInt64.self)
            return count >= 8 ? word : count == 0 ? 0 : word & ~(UInt64.max &>> (8 &* UInt64(count)))
        }
        var word: UInt64 = 0
        for j in 0..<min(count, 8) { word |= UInt64(bytes[range.upperBound - 1 - j]) << (8 * UInt64(7 - j)) }
        return word
    }

    /// The filter bit (below ``filterBits``) of `length` bytes (1 to 4) packed little-endian
    /// into the low bytes of `word`.
    @inline(__always) private static func bucket(_ word: UInt64, _ length: Int) -> Int {
        bucket(ofPacked: word & ((1 &<< (8 &* UInt64(length))) &- 1))
    }

    /// The filter bit of bytes packed into a word with nothing else (zero above them).
    @inline(__always) private static func bucket(ofPacked word: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) &>> 52)
    }

    private static func set(_ bit: Int, in filter: inout [UInt64]) {
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) private static func isSet(_ bit: Int, in filter: [UInt64]) -> Bool {
        filter[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0
    }

    /// Whether a word of `count` bytes whose ``head(of:in:)`` is `head` may start with an
    /// item: false means it starts with none.
    @inline(__always) func mayHavePrefix(head: UInt64, count: Int) -> Bool {
        filteredLength == 0 || count >= filteredLength && Self.isSet(Self.bucket(head, filteredLength), in: prefixFilter)
    }

    /// Whether a word of `count` bytes whose ``tail(of:in:)`` is `tail` may end with an
    /// item: false means it ends with none. Reads no item: cheap to test before a call of
    /// ``firstSuffix(of:in:longerBy:)``.
    @inline(__always) func mayHaveSuffix(tail: UInt64, count: Int) -> Bool {
        filteredLength == 0 || count >= filteredLength
            && Self.isSet(Self.bucket(tail &>> (64 &- 8 &* UInt64(filteredLength)), filteredLength), in: suffixFilter)
    }

    /// As ``mayHavePrefix(head:count:)`` for the word `range` of `bytes`, loading only what the
    /// filter reads: the test comes at nearly every word, and most words fail it.
    @inline(__always) func mayHavePrefix(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard filteredLength > 0 else { return true }
        guard range.count >= filteredLength else { return false }
        let first: UInt64
        if range.lowerBound + 8 <= bytes.count, let base = bytes.baseAddress {
            first = UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self)
        } else {
            first = Self.head(of: range, in: bytes)
        }
        return Self.isSet(Self.bucket(ofPacked: first & filteredMask), in: prefixFilter)
    }

    /// As ``mayHaveSuffix(tail:count:)`` for the word `range` of `bytes`, loading only what the
    /// filter reads (the bytes before a short word are shifted out with the rest).
    @inline(__always) func mayHaveSuffix(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard filteredLength > 0 else { return true }
        guard range.count >= filteredLength else { return false }
        let last: UInt64
        if range.upperBound >= 8, let base = bytes.baseAddress {
            last = UnsafeRawPointer(base + range.upperBound - 8).loadUnaligned(as: UInt64.self)
        } else {
            last = Self.tail(of: range, in: bytes)
        }
        return Self.isSet(Self.bucket(ofPacked: last &>> filteredShift), in: suffixFilter)
    }

    /// Whether `range` of `bytes`, whose ``head(of:in:)`` is `head`, starts with item `k`.
    @inline(__always)
    func isPrefix(_ k: Int, of range: Range<Int>, head: UInt64, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = lengths[k]
        guard range.count >= length else { return false }
        if length <= 8 { return head & headMasks[k] == heads[k] }
        return bytes[range.lowerBound..<(range.lowerBound + length)].elementsEqual(items[k])
    }

    /// Whether `range` of `bytes`, whose ``tail(of:in:)`` is `tail`, ends with item `k`.
    @inline(__always)
    func isSuffix(_ k: Int, of range: Range<Int>, tail: UInt64, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = lengths[k]
        guard range.count >= length else { return false }
        if length <= 8 { return tail & tailMasks[k] == tails[k] }
        return bytes[(range.upperBound - length)..<range.upperBound].elementsEqual(items[k])
    }

    /// The first item that `range` of `bytes` ends with and is more than `extra` bytes
    /// longer than. Not inlined: callers test ``mayHaveSuffix(tail:count:)`` first, and the
    /// loop would make their fast path too big to inline.
    func firstSuffix(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, longerBy extra: Int) -> Int? {
        let tail = Self.tail(of: range, in: bytes)
        guard mayHaveSuffix(tail: tail, count: range.count) else { return nil }
        for k in 0..<items.count where range.count > lengths[k] + extra && isSuffix(k, of: range, tail: tail, in: bytes) {
            return k
        }
        return nil
    }
}
