/// Word-at-a-time byte tests: eight bytes of text read as one `UInt64` and tested at once
/// (SWAR). Loads are unaligned and little-endian; no test reads outside the bytes it is
/// given.
public enum ByteWord {
    /// Whether any of the eight bytes of `word` is zero: subtracting 1 from every byte sets
    /// the top bit of a zero byte, and `~word` drops bytes whose own top bit was set. A
    /// borrow can also mark a byte above a zero byte, never a word without one: the answer
    /// is exact.
    @inlinable @inline(__always)
    public static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// `byte` repeated in all eight bytes of a word: XOR with it turns that byte into zero.
    @inlinable @inline(__always)
    public static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// Whether the `count` bytes at `pointer` contain `byte`, read in (possibly
    /// overlapping) words that never reach past them, without a loop below eight bytes. O(count / 8).
    @inlinable @inline(__always)
    public static func contains(_ byte: UInt8, in pointer: UnsafeRawPointer, count: Int) -> Bool {
        let pattern = repeated(byte)
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                if hasZeroByte(pointer.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ pattern) { return true }
                offset += 8
            }
            return hasZeroByte(pointer.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) ^ pattern)
        }
        if count >= 4 {
            let word = UInt64(pointer.loadUnaligned(as: UInt32.self))
                | UInt64(pointer.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            return hasZeroByte(word ^ pattern)
        }
        // Two or three bytes: the first two and the last two, twice, as one word without a loop
        // (every byte of the word is one of the text's).
        if count >= 2 {
            let half = UInt64(pointer.loadUnaligned(as: UInt16.self))
                | UInt64(pointer.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)) << 16
            return hasZeroByte((half | half << 32) ^ pattern)
        }
        return count == 1 && pointer.load(as: UInt8.self) == byte
    }

    /// How many of the eight bytes at `p` are ASCII small letters (`a`–`z`) before the
    /// first that is not (0–8). Per byte: ≥ 0x61 sets the top bit of `b + 0x1F`, ≥ 0x7B that
    /// of `b + 0x05`, and a set top bit of `b` itself marks a non-ASCII byte. A non-ASCII
    /// byte can carry into the byte after it, but the count stops at it anyway.
    @inlinable @inline(__always)
    public static func asciiSmallLetterRun(_ p: UnsafePointer<UInt8>) -> Int {
        let w = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let atLeastA = w &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = w &+ 0x0505_0505_0505_0505
        let lower = atLeastA & ~pastZ & ~w & high
        let notLower = ~lower & high
        return notLower == 0 ? 8 : notLower.trailingZeroBitCount >> 3
    }
}
