/// A cheap pre-test for word lists looked up at every full stop (abbreviations and their
/// endings): a 65,536-bit set over each entry's shape — its length, its first byte with
/// ASCII case folded, and its last byte before the final period. A word whose shape is not
/// in the set is certainly not listed, in either case of its first letter, so the hash
/// lookups are skipped for nearly every sentence-final word (`Regierung.`). False
/// positives only cost the lookup they would have cost anyway.
struct WordShapeFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// One bit per byte that is some key's last before its period (256 bits).
    private var lastBytes = [UInt64](repeating: 0, count: 4)

    init<S: Sequence>(_ keys: S) where S.Element == [UInt8] {
        for key in keys where key.count >= 2 {
            let last = key[key.count - 2]
            let slot = Self.slot(length: key.count, first: key[0], last: last)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
            lastBytes[Int(last >> 6)] |= 1 << UInt64(last & 63)
        }
    }

    /// A filter over words without a final period (the sentence starters): each key is
    /// entered as if it ended in one, so ``mayContain(word:_:_:)`` tests a bare word.
    init(words: [[UInt8]]) {
        for key in words where !key.isEmpty {
            let last = key[key.count - 1]
            let slot = Self.slot(length: key.count + 1, first: key[0], last: last)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
            lastBytes[Int(last >> 6)] |= 1 << UInt64(last & 63)
        }
    }

    /// Whether the word `start..<end` (no final period) may be a key of a filter built
    /// with ``init(words:)``.
    @inline(__always)
    func mayContain(word bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return false }
        let slot = Self.slot(length: end - start + 1, first: bytes[start], last: bytes[end - 1])
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// Whether the bytes `start..<end` (ending in a period) may be a key.
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2 else { return false }
        let slot = Self.slot(length: end - start, first: bytes[start], last: bytes[end - 2])
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// Whether some key has `byte` as its last byte before the period: when not, no key
    /// ends the word, whatever its length (one test for the endings tried at every full stop).
    @inline(__always)
    func mayEnd(before period: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = bytes[period - 1]
        return lastBytes[Int(last >> 6)] & (1 << UInt64(last & 63)) != 0
    }

    @inline(__always)
    private static func slot(length: Int, first: UInt8, last: UInt8) -> Int {
        let folded = first >= 0x41 && first <= 0x5A ? first | 0x20 : first
        let h = (UInt32(truncatingIfNeeded: length) &* 0x9E37_79B9) ^ (UInt32(folded) &* 0x85EB_CA6B) ^ (UInt32(last) &* 0xC2B2_AE35)
        return Int((h ^ (h >> 16)) & 0xFFFF)
    }
}
