/// The last five bytes of every noun head (``StanceLexicon/nounHeads``), hashed into a set
/// of 64K bits. A word whose last five bytes are not in it ends in no head of five bytes or
/// more, so none of its suffixes needs a table probe: most capitalised words of running
/// text ("Bundesregierung", "Außenminister") are rejected with one bit test instead of a
/// hash and probe per suffix. A set bit only says "maybe" (other endings share bits).
struct EndingFilter: Sendable {
    /// Bytes of the ending.
    static let length = 5
    private static let bitCount = 1 << 16
    private var bits: [UInt64]

    /// The filter of the keys of at least ``length`` bytes.
    init(keys: [[UInt8]]) {
        var bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
        for key in keys where key.count >= Self.length {
            let bit = key.withUnsafeBufferPointer { Self.bit(of: $0, end: key.count) }
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
    }

    /// Whether some key may end the bytes before `end` (at least ``length`` of them).
    @inline(__always) func mayEnd(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        let bit = Self.bit(of: bytes, end: end)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The bit of the five bytes before `end`: a multiplicative hash of them as one word.
    @inline(__always) private static func bit(of bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var word: UInt64 = 0
        for k in (end - length)..<end { word = word << 8 | UInt64(bytes[k]) }
        return Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
