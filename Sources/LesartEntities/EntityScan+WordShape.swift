import LesartCore
import LesartTokenization
import LesartWords

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
        ByteWord.contains(UInt8(ascii: "-"), in: pointer, count: count)
    }

    /// Acronyms (`FB`, `USA`) are not personal names. Most words have a lowercase second
    /// byte, which answers before the loop of ``hasOnlyCapitals(_:)``.
    @inline(__always) func isAllCapitals(_ token: Token) -> Bool {
        let range = token.byteRange
        if range.count >= 2 {
            let second = bytes[range.lowerBound + 1]
            if second >= 0x61 && second <= 0x7A { return false }
        }
        return hasOnlyCapitals(range)
    }

    /// No lowercase ASCII letter and at least two capitals in `range`.
    func hasOnlyCapitals(_ range: Range<Int>) -> Bool {
        var letters = 0
        for k in range {
            let b = bytes[k]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }
}
