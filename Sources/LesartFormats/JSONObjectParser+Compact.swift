/// Compact copies of JSON values, for values passed through as they were written.
extension JSONObjectParser {
    /// The JSON value `range` of `bytes` (as validated by ``members(of:)``) without the
    /// whitespace between its tokens: strings, numbers and escapes byte for byte as written,
    /// except that U+2028 and U+2029 inside strings become `\u2028` and `\u2029` (valid JSON
    /// either way, but raw they break line-based readers).
    public static func compactValue(_ bytes: [UInt8], in range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var inString = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            if !inString {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D: continue
                case UInt8(ascii: "\""): inString = true
                default: break
                }
                out.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                out.append(byte)
                out.append(bytes[index])  // validated: an escape has a second byte
                index += 1
            case UInt8(ascii: "\""):
                inString = false
                out.append(byte)
            case 0xE2 where index + 1 < range.upperBound && bytes[index] == 0x80 && (bytes[index + 1] | 1) == 0xA9:
                out += Array((bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default:
                out.append(byte)
            }
        }
        return out
    }
}
