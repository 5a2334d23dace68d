/// A byte-level fast path that finds the same word boundaries as ICU for whitespace-free
/// chunks of Latin (and Greek/Cyrillic) text, ASCII digits and common punctuation.
/// Chunks with anything else (emoji, marks, other scripts, rare separators) are declined
/// and go to ICU. ICU's rules differ from plain UAX #29 in two places this follows: "@"
/// counts as a letter and ":" does not join letters. A differential test checks the
/// identity on every test and evaluation text.
///
/// One pass with a three-scalar window; no allocation.
struct LatinWordSegmenter {
    /// UAX #29 word-break classes of the supported subset.
    private enum Kind: UInt8, Sendable { case letter, digit, midNum, midNumLet, extendNumLet, other, unsupported, past }

    /// Appends the boundaries inside `range` (as ``WordBreaker/appendBoundaries(of:in:to:)``
    /// does: excluding the start, including the end) and returns true, or returns false
    /// with `boundaries` unchanged when the chunk holds a character outside the subset.
    func appendBoundaries(of text: UTF8Text, in range: Range<Int>, to boundaries: inout [Int32]) -> Bool {
        guard !range.isEmpty else { return true }
        let initialCount = boundaries.count
        let end = range.upperBound
        // Window: a = kind before previous, b = previous, c = current, d = next.
        var a = Kind.past
        var (b, bLength) = Self.kind(text, range.lowerBound, end)
        if b == .unsupported { return false }
        var position = range.lowerBound + bLength
        var (c, cLength) = Self.kind(text, position, end)
        while position < end {
            if b == .letter && c == .letter {
                // Inside a run of letters there is no boundary, whatever surrounds it: the
                // ASCII letters that follow are passed over without the window's rules.
                position += cLength
                while position < end, Self.isASCIILetter(text[position]) { position += 1 }
                a = .letter
                (c, cLength) = Self.kind(text, position, end)
                if c == .unsupported {
                    boundaries.removeSubrange(initialCount...)
                    return false
                }
                continue
            }
            let next = position + cLength
            let (d, dLength) = Self.kind(text, next, end)
            if c == .unsupported || d == .unsupported {
                boundaries.removeSubrange(initialCount...)
                return false
            }
            if Self.isBreak(a, b, c, d) { boundaries.append(Int32(position)) }
            a = b
            b = c
            c = d
            cLength = dLength
            position = next
        }
        boundaries.append(Int32(end))
        return true
    }

    /// Whether `byte` is an ASCII letter of `kind(_:_:_:)` (`@` included).
    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "@")
    }

    /// Whether there is a boundary between `b` and `c`, with `a` before and `d` after.
    @inline(__always)
    private static func isBreak(_ a: Kind, _ b: Kind, _ c: Kind, _ d: Kind) -> Bool {
        switch (b, c) {
        case (.letter, .letter), (.letter, .digit), (.digit, .letter), (.digit, .digit):
            return false
        case (.letter, .extendNumLet), (.digit, .extendNumLet), (.extendNumLet, .extendNumLet),
             (.extendNumLet, .letter), (.extendNumLet, .digit):
            return false
        case (.letter, .midNumLet):  // WB6
            return d != .letter
        case (.midNumLet, .letter):  // WB7
            return a != .letter
        case (.digit, .midNum), (.digit, .midNumLet):  // WB12
            return d != .digit
        case (.midNum, .digit), (.midNumLet, .digit):  // WB11
            return a != .digit
        default:
            return true
        }
    }

    /// The kind and byte length of the scalar at `i`: `.unsupported` outside the subset,
    /// `.past` at or after `end`.
    @inline(__always)
    private static func kind(_ text: UTF8Text, _ i: Int, _ end: Int) -> (Kind, Int) {
        if i >= end { return (.past, 0) }
        let byte = text[i]
        if byte < 0x80 {
            switch byte {
            // ICU's word rules count "@" as a letter (ALetter), unlike plain UAX #29.
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"):
                return (.letter, 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return (.digit, 1)
            case UInt8(ascii: ","), UInt8(ascii: ";"): return (.midNum, 1)
            case UInt8(ascii: "."), UInt8(ascii: "'"): return (.midNumLet, 1)
            case UInt8(ascii: "_"): return (.extendNumLet, 1)
            default: return (.other, 1)  // ":" included: ICU does not join letters across it
            }
        }
        let (v, length) = text.scalar(at: i)
        return (nonASCIIKind(v), length)
    }

    /// The class of a non-ASCII scalar, or `.unsupported` when the fast path does not handle it.
    private static func nonASCIIKind(_ v: UInt32) -> Kind {
        switch v {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x17F: return .letter  // Latin-1 and Extended-A letters
        case 0x2018, 0x2019: return .midNumLet
        case 0xAD, 0xB7, 0x2024, 0x2027, 0x2044, 0x203F, 0x2040, 0x2054, 0x037E, 0x0387: return .unsupported
        case 0x80...0x52F, 0x1E00...0x1EFF:
            break
        case 0x2010...0x2017, 0x201A...0x2023, 0x2025, 0x2026, 0x2030...0x203E, 0x20A0...0x20C0:
            return .other
        default:
            return .unsupported
        }
        switch ScalarClass.of(v) {
        case .letter: return .letter
        case .punctuation, .symbol: return .other
        default: return .unsupported
        }
    }
}
