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
    /// Runs of bytes that need no escape are copied in one piece.
    public mutating func appendJSONString<C: Collection>(_ s: C) where C.Element == UInt8 {
        if s.withContiguousStorageIfAvailable({ appendJSONBytes($0) }) != nil { return }
        Array(s).withUnsafeBufferPointer { appendJSONBytes($0) }
    }

    /// ``appendJSONString(_:)`` on contiguous bytes.
    mutating func appendJSONBytes(_ s: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        let n = s.count
        var runStart = 0
        var i = 0
        while i < n {
            let b = s[i]
            if b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\"), b != 0x7F, b != 0xE2 {
                i += 1
                continue
            }
            // U+2028 and U+2029 are valid in JSON but break line-based readers: escape them.
            if b == 0xE2 {
                guard i + 2 < n, s[i + 1] == 0x80, s[i + 2] == 0xA8 || s[i + 2] == 0xA9 else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<i]))
                append(s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 3
                runStart = i
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<i]))
            switch b {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                append("\\u00")
                bytes.append(Self.hexDigits[Int(b >> 4)])
                bytes.append(Self.hexDigits[Int(b & 0xF)])
            }
            i += 1
            runStart = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<n]))
        bytes.append(UInt8(ascii: "\""))
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public mutating func appendJSONString(_ s: String) { appendJSONString(s.utf8) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
