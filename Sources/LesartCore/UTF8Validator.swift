/// Checks that bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates,
/// nothing above U+10FFFF) and optionally repairs them.
public enum UTF8Validator {
    /// The byte offset of the first ill-formed sequence, or nil when all is well-formed.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                // ASCII, eight bytes at a time (most of a German text).
                while i &+ 8 <= n, UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                }
                guard i < n else { break }
                let lead = buffer[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                let length = sequenceLength(buffer, at: i)
                if length == 0 { return i }
                i += length
            }
            return nil
        }
    }

    /// Replaces each ill-formed sequence by U+FFFD (as `String(decoding:)` does) and
    /// reports how many replacements were made.
    public static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], replacements: Int) {
        guard firstInvalidOffset(in: bytes) != nil else { return (bytes, 0) }
        var replacements = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replacements += 1
            case .emptyInput: break loop
            }
        }
        return (Array(String(scalars).utf8), replacements)
    }

    /// Length of the well-formed sequence starting at `i` (lead byte ≥ 0x80), or 0.
    @inline(__always)
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        let lead = b[i]
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return i + 1 < n && (0xA0...0xBF).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xED:
            return i + 1 < n && (0x80...0x9F).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xF0:
            return i + 1 < n && (0x90...0xBF).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return i + 1 < n && (0x80...0x8F).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        default:
            return 0
        }
    }
}
