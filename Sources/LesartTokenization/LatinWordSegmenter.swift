/// A byte-level fast path that finds the same UAX #29 word boundaries as ICU for
/// whitespace-free chunks of Latin (and Greek/Cyrillic) text, ASCII digits and common
/// punctuation. Chunks with anything else (emoji, marks, other scripts, rare separators)
/// are declined and go to ICU. ICU's rules differ from plain UAX #29 in two places this
/// follows: "@" counts as a letter and ":" does not join letters. A differential test
/// checks the identity on every test and evaluation text.
struct LatinWordSegmenter {
    /// UAX #29 word-break classes of the supported subset.
    private enum Kind: UInt8, Sendable { case letter, digit, midLetter, midNum, midNumLet, extendNumLet, other }

    private var kinds: [Kind] = []
    private var starts: [Int32] = []

    /// Appends the boundaries inside `range` (as ``WordBreaker/appendBoundaries(of:in:to:)``
    /// does) and returns true, or returns false without appending when the chunk holds a
    /// character outside the subset.
    mutating func appendBoundaries(of text: UTF8Text, in range: Range<Int>, to boundaries: inout [Int32]) -> Bool {
        kinds.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = text[i]
            let kind: Kind
            var length = 1
            if b < 0x80 {
                kind = Self.asciiKinds[Int(b)]
            } else {
                let (v, n) = text.scalar(at: i)
                length = n
                guard let k = Self.kind(of: v) else { return false }
                kind = k
            }
            kinds.append(kind)
            starts.append(Int32(i))
            i += length
        }
        let n = kinds.count
        for j in 1..<max(n, 1) where j < n {
            if isBreak(before: j, count: n) { boundaries.append(starts[j]) }
        }
        if n > 0 { boundaries.append(Int32(range.upperBound)) }
        return true
    }

    /// Whether there is a word boundary between scalar j-1 and scalar j.
    private func isBreak(before j: Int, count n: Int) -> Bool {
        let a = kinds[j - 1], b = kinds[j]
        switch (a, b) {
        case (.letter, .letter), (.letter, .digit), (.digit, .letter), (.digit, .digit):
            return false
        case (.letter, .extendNumLet), (.digit, .extendNumLet), (.extendNumLet, .extendNumLet),
             (.extendNumLet, .letter), (.extendNumLet, .digit):
            return false
        case (.letter, .midLetter), (.letter, .midNumLet):  // WB6
            return !(j + 1 < n && kinds[j + 1] == .letter)
        case (.midLetter, .letter), (.midNumLet, .letter):  // WB7
            return !(j >= 2 && kinds[j - 2] == .letter)
        case (.digit, .midNum), (.digit, .midNumLet):  // WB12
            return !(j + 1 < n && kinds[j + 1] == .digit)
        case (.midNum, .digit), (.midNumLet, .digit):  // WB11
            return !(j >= 2 && kinds[j - 2] == .digit)
        default:
            return true
        }
    }

    private static let asciiKinds: [Kind] = (0..<128).map { i -> Kind in
        switch UInt8(i) {
        // ICU's word rules count "@" as a letter (ALetter), unlike plain UAX #29.
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        // ICU's rules (unlike plain UAX #29) do not join letters across ":".
        case UInt8(ascii: ","), UInt8(ascii: ";"): return .midNum
        case UInt8(ascii: "."), UInt8(ascii: "'"): return .midNumLet
        case UInt8(ascii: "_"): return .extendNumLet
        default: return .other
        }
    }

    /// The class of a non-ASCII scalar, or nil when the fast path does not handle it.
    private static func kind(of v: UInt32) -> Kind? {
        switch v {
        case 0xB7: return .midLetter
        case 0x2018, 0x2019: return .midNumLet
        case 0xAD, 0x2024, 0x2027, 0x2044, 0x203F, 0x2040, 0x2054, 0x037E, 0x0387: return nil
        case 0x80...0x52F, 0x1E00...0x1EFF:
            break
        case 0x2010...0x2017, 0x201A...0x2023, 0x2025, 0x2026, 0x2030...0x203E, 0x20A0...0x20C0:
            return .other
        default:
            return nil
        }
        switch ScalarClass.of(v) {
        case .letter: return .letter
        case .punctuation, .symbol: return .other
        default: return nil
        }
    }
}
