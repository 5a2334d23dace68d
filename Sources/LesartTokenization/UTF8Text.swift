/// Read-only byte view of a document's UTF-8 with the scalar helpers the tokenizer needs.
///
/// All positions are byte offsets. Valid UTF-8 is assumed (documents are validated on input).
@usableFromInline
struct UTF8Text {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline var count: Int { bytes.count }

    @inlinable init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inlinable subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The byte at `i`, or 0 when `i` is out of range.
    @inlinable func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    /// Decodes the scalar starting at `i` and returns it with its length in bytes.
    @inlinable func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// How many line breaks the scalar `v` starting at `i` counts for: LF, a CR not followed
    /// by LF, NEL (U+0085) and LINE SEPARATOR one each, PARAGRAPH SEPARATOR two (it ends a
    /// paragraph as a blank line does); anything else none. One definition for every rule
    /// that looks at line and paragraph breaks.
    @inlinable func lineBreakWeight(_ v: UInt32, at i: Int) -> Int {
        switch v {
        case 0x0A, 0x85, 0x2028: return 1
        case 0x0D: return byte(i + 1) == 0x0A ? 0 : 1
        case 0x2029: return 2
        default: return 0
        }
    }

    /// Start of the scalar that ends at `i` (exclusive), i.e. the previous scalar's start.
    @inlinable func previousScalarStart(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Whether the bytes in `range` equal `literal` (ASCII or UTF-8 bytes).
    @inlinable func matches(_ literal: StaticString, at i: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i >= 0, i + n <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        return true
    }
}
