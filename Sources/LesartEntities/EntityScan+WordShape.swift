import LesartCore
import LesartTokenization

/// Byte-level tests of a token's shape: hyphens inside a word, acronyms.
extension EntityScan {
    /// The position of the last hyphen in `range`, if any. Most words have none, which
    /// is found in one or two word-sized reads (see ``hasHyphen(_:_:)``).
    @inline(__always) func lastHyphen(in range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, Self.hasHyphen(UnsafeRawPointer(base + range.lowerBound), range.count) else {
            return nil
        }
        var k = range.upperBound - 1
        while bytes[k] != UInt8(ascii: "-") { k -= 1 }
        return k
    }

    /// Whether the `count` bytes at `pointer` contain a hyphen, read in (possibly
    /// overlapping) words that never reach past them: a byte of a word XOR `--------` is
    /// zero exactly where the word has a hyphen.
    @inline(__always) static func hasHyphen(_ pointer: UnsafeRawPointer, _ count: Int) -> Bool {
        @inline(__always) func hasZeroByte(_ word: UInt64) -> Bool {
            (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
        }
        let hyphens: UInt64 = 0x2D2D_2D2D_2D2D_2D2D
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                if hasZeroByte(pointer.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ hyphens) { return true }
                offset += 8
            }
            return hasZeroByte(pointer.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) ^ hyphens)
        }
        if count >= 4 {
            let word = UInt64(pointer.loadUnaligned(as: UInt32.self))
                | UInt64(pointer.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            return hasZeroByte(word ^ hyphens)
        }
        for offset in 0..<count where pointer.load(fromByteOffset: offset, as: UInt8.self) == UInt8(ascii: "-") { return true }
        return false
    }


    /// Acronyms (`FB`, `USA`) are not personal names.
    func isAllCapitals(_ token: Token) -> Bool {
        var letters = 0
        for k in token.byteRange {
            let b = bytes[k]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }
}
