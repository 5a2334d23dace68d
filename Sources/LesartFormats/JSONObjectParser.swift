/// A small, strict JSON (RFC 8259) parser for one input record: a top-level object whose
/// members are returned as byte ranges, so a caller decodes only what it needs (the text
/// straight into UTF-8 bytes, without a String or a dictionary in between).
///
/// Strict: no trailing commas, no leading zeros, no control characters inside strings,
/// escapes only `\" \\ \/ \b \f \n \r \t \uXXXX` with surrogates in pairs, nothing but
/// whitespace (space, tab, LF, CR) after the object. A UTF-8 byte order mark may precede
/// it. Nesting deeper than ``maximumDepth`` (the record counts as one level) is rejected,
/// as Foundation's JSONSerialization does. The input must be valid UTF-8.
public enum JSONObjectParser {
    /// The deepest nesting accepted, the record object included.
    public static let maximumDepth = 512

    /// The members of the object in `bytes`, in input order (duplicates kept).
    public static func members(of bytes: [UInt8]) throws(JSONSyntaxError) -> [JSONMember] {
        let result: Result<[JSONMember], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONObjectScanner(buffer)
            return Result { () throws(JSONSyntaxError) in try scanner.recordMembers() }
        }
        return try result.get()
    }

    /// The UTF-8 bytes of the string literal whose contents (between the quotes) are
    /// `range` of `bytes`, as validated by ``members(of:)``: escapes decoded.
    public static func decodedString(_ bytes: [UInt8], in range: Range<Int>) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            [UInt8](unsafeUninitializedCapacity: max(range.count, 1)) { out, count in
                count = decode(UnsafeBufferPointer(rebasing: buffer[range]), into: out.baseAddress!)
            }
        }
    }

    /// ``decodedString(_:in:)`` as a String.
    public static func string(_ bytes: [UInt8], in range: Range<Int>) -> String {
        String(decoding: decodedString(bytes, in: range), as: UTF8.self)
    }

    /// Decodes a validated string body into `out` (at least `body.count` bytes: a decoded
    /// string is never longer than its literal); returns the bytes written.
    static func decode(_ body: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let p = body.baseAddress else { return 0 }
        let n = body.count
        var written = 0
        var runStart = 0
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let backslashes = ones &* UInt64(UInt8(ascii: "\\"))
        while i < n {
            // Eight bytes without a backslash (a byte of the word XOR backslashes is zero
            // exactly at a backslash) stay in the run, passed in one step.
            if i &+ 8 <= n {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) ^ backslashes
                if (word &- ones) & ~word & (ones &* 0x80) == 0 {
                    i &+= 8
                    continue
                }
            }
            guard p[i] == UInt8(ascii: "\\") else {
                i &+= 1
                continue
            }
            (out + written).update(from: p + runStart, count: i &- runStart)
            written &+= i &- runStart
            let escape = p[i &+ 1]
            i &+= 2
            switch escape {
            case UInt8(ascii: "b"): out[written] = 0x08
            case UInt8(ascii: "f"): out[written] = 0x0C
            case UInt8(ascii: "n"): out[written] = 0x0A
            case UInt8(ascii: "r"): out[written] = 0x0D
            case UInt8(ascii: "t"): out[written] = 0x09
            case UInt8(ascii: "u"):
                var scalar = UInt32(hexValue(p + i))
                i &+= 4
                if scalar >= 0xD800, scalar < 0xDC00 {
                    // Validated: a low surrogate escape follows.
                    let low = UInt32(hexValue(p + (i &+ 2)))
                    i &+= 6
                    scalar = 0x10000 &+ ((scalar &- 0xD800) << 10) &+ (low &- 0xDC00)
                }
                written &+= encodeUTF8(scalar, into: out + written)
                runStart = i
                continue
            default: out[written] = escape  // " \ /
            }
            written &+= 1
            runStart = i
        }
        (out + written).update(from: p + runStart, count: n &- runStart)
        return written &+ n &- runStart
    }

    /// The value of four hex digits (validated).
    @inline(__always) static func hexValue(_ p: UnsafePointer<UInt8>) -> UInt16 {
        var value: UInt16 = 0
        for k in 0..<4 { value = value << 4 | UInt16(hexDigit(p[k])) }
        return value
    }

    /// The value of a hex digit, or 0xFF when `byte` is not one.
    @inline(__always) static func hexDigit(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: 0xFF
        }
    }

    /// Writes the UTF-8 of a scalar value (not a surrogate); returns its length.
    @inline(__always) static func encodeUTF8(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6)
            out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12)
            out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18)
            out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }
}
