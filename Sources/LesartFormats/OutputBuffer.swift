/// A growable byte buffer that writers append to; flushed by the caller in large blocks.
public struct OutputBuffer {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    @inlinable public mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inlinable public mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    @inlinable public mutating func append(_ slice: ArraySlice<UInt8>) { bytes.append(contentsOf: slice) }

    @inlinable public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends a non-negative integer in decimal without building a String.
    @inlinable public mutating func append(int value: Int) {
        if value < 10 {
            bytes.append(UInt8(0x30 + value))
            return
        }
        var v = value
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 {
                d[n] = UInt8(0x30 + v % 10)
                v /= 10
                n += 1
            }
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    /// Appends `s` as a JSON string literal (with quotes), escaping as RFC 8259 requires.
    public mutating func appendJSONString<C: Collection>(_ s: C) where C.Element == UInt8 {
        bytes.append(UInt8(ascii: "\""))
        var index = s.startIndex
        while index != s.endIndex {
            let b = s[index]
            index = s.index(after: index)
            // U+2028 and U+2029 are valid in JSON but break line-based readers: escape them.
            if b == 0xE2, index != s.endIndex, s[index] == 0x80 {
                let third = s.index(after: index)
                if third != s.endIndex, s[third] == 0xA8 || s[third] == 0xA9 {
                    append(s[third] == 0xA8 ? "\\u2028" : "\\u2029")
                    index = s.index(after: third)
                    continue
                }
            }
            switch b {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00..<0x20, 0x7F:
                append("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func appendJSONString(_ s: String) { appendJSONString(s.utf8) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
