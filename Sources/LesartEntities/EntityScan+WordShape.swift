import LesartCore
import LesartTokenization
import LesartWords

/// Byte-level tests of a token's shape: hyphens inside a word, acronyms.
extension EntityScan {
    /// The position of the last hyphen in `range`, if any. Most words have none, which
    /// is found in one or two word-sized reads (``containsHyphen(_:)``).
    @inline(__always) func lastHyphen(in range: Range<Int>) -> Int? {
        guard containsHyphen(range) else { return nil }
        var k = range.upperBound - 1
        while bytes[k] != UInt8(ascii: "-") { k -= 1 }
        return k
    }

    /// Whether the bytes of `range` contain a hyphen. A word of up to eight bytes with
    /// eight bytes of the text from its start (nearly every word) is read in one load, the
    /// bytes after it set so that they cannot match; other words go to
    /// ``hasHyphen(_:_:)``. Runs at nearly every token of the entity scan.
    @inline(__always) func containsHyphen(_ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = range.count
        if count > 0, count <= 8, range.lowerBound + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self)
            // All ones in the bytes past the word (none for eight bytes).
            let beyond = ~(UInt64.max &>> (64 &- 8 &* UInt64(count)))
            return ByteWord.hasZeroByte((word ^ ByteWord.repeated(UInt8(ascii: "-"))) | beyond)
        }
        return Self.hasHyphen(UnsafeRawPointer(base + range.lowerBound), range.count)
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
