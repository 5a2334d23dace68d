/// A growable byte buffer that writers append to. With a sink, the buffer hands its bytes
/// to the sink whenever it holds more than `flushThreshold` bytes at a record boundary or
/// inside a long record, so memory stays bounded even for one huge document.
public struct OutputBuffer {
    public var bytes: [UInt8] = []
    /// Receives full blocks of output; nil keeps everything in ``bytes``.
    public let sink: (([UInt8]) -> Void)?
    public let flushThreshold: Int

    /// An in-memory buffer (no sink).
    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
        sink = nil
        flushThreshold = .max
    }

    /// A buffer that passes blocks of about `flushThreshold` bytes to `sink`.
    public init(flushThreshold: Int, sink: @escaping ([UInt8]) -> Void) {
        bytes.reserveCapacity(flushThreshold + 4096)
        self.sink = sink
        self.flushThreshold = flushThreshold
    }

    /// Hands the buffered bytes to the sink (if any) when past the threshold.
    @inlinable public mutating func flushIfFull() {
        if bytes.count >= flushThreshold { flush() }
    }

    /// Hands all buffered bytes to the sink (if any).
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    @inlinable public mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a string's UTF-8. Disfavoured, so string literals take the `StaticString`
    /// overload (a plain byte copy) instead.
    @_disfavoredOverload
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
