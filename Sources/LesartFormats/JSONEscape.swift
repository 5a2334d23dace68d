/// The escape check of ``OutputBuffer/appendJSONString(_:)``: which bytes may need an
/// escape (`"`, `\`, control characters, DEL, and 0xE2, the lead byte of U+2028 and
/// U+2029), tested eight at a time, and the escapes themselves.
enum JSONEscape {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether `byte` may need an escape (0xE2 only when U+2028 or U+2029 follows).
    @inline(__always) static func isCandidate(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2
    }

    /// Nonzero when some byte of `word` equals `byte` (exact: no false positives in the test
    /// for "any", the classic has-zero-byte trick).
    @inline(__always) private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits
    }

    /// The index of the first candidate byte at or after `start`, or `count` when there is none.
    @inline(__always) static func nextCandidate(in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var i = start
        // Sixteen bytes at a time in vector lanes (a text is mostly long runs without a
        // candidate), then the last ones eight at a time and one by one.
        while i &+ 16 <= count {
            if mayHoldCandidate(UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)) {
                for k in i..<(i &+ 16) where isCandidate(base[k]) { return k }
            }
            i &+= 16
        }
        while i &+ 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if mayHoldCandidate(word) {
                for k in i..<(i &+ 8) where isCandidate(base[k]) { return k }
            }
            i &+= 8
        }
        while i < count {
            if isCandidate(base[i]) { return i }
            i &+= 1
        }
        return count
    }

    /// Whether one of the eight bytes of `word` is a candidate (exact).
    @inline(__always) static func mayHoldCandidate(_ word: UInt64) -> Bool {
        // Any byte below 0x20 (exact for the "any" test, bytes ≥ 0x80 cannot trigger it).
        let control = (word &- ones &* 0x20) & ~word & highBits
        let flagged = control | matches(word, UInt8(ascii: "\"")) | matches(word, UInt8(ascii: "\\"))
            | matches(word, 0x7F) | matches(word, 0xE2)
        return flagged != 0
    }

    /// Whether one of the 16 bytes of `v` is a candidate (exact: lane arithmetic has no
    /// carries between lanes). Lane arithmetic only: Swift's SIMD comparisons compile to one
    /// lane at a time (see `LetterWindow`); a predicate is the top bit of its lane.
    @inline(__always) private static func mayHoldCandidate(_ v: SIMD16<UInt8>) -> Bool {
        // Below 0x20: the lane minus 0x20 wraps to 0xE0 or more, and the lane is ASCII.
        let control = (v &- SIMD16(repeating: 0x20)) & ~v
        let flagged = control | isZero(v ^ SIMD16(repeating: UInt8(ascii: "\""))) | isZero(v ^ SIMD16(repeating: UInt8(ascii: "\\")))
            | isZero(v ^ SIMD16(repeating: 0x7F)) | isZero(v ^ SIMD16(repeating: 0xE2))
        let halves = unsafeBitCast(flagged, to: SIMD2<UInt64>.self)
        return (halves[0] | halves[1]) & highBits != 0
    }

    /// Top bit set in the lanes that are zero.
    @inline(__always) private static func isZero(_ v: SIMD16<UInt8>) -> SIMD16<UInt8> { (v &- SIMD16(repeating: 1)) & ~v }

    /// Walks the bytes of a JSON string body: runs that need no escape go to `run`, each byte
    /// to escape (a candidate other than 0xE2) to `escape`, U+2028 and U+2029 as their escape
    /// text to `separator`. The one loop behind ``OutputBuffer/appendJSONString(_:)`` and
    /// ``ByteCursor/write(jsonString:)``.
    @inline(__always) static func walk(_ s: UnsafeBufferPointer<UInt8>, run: (UnsafePointer<UInt8>, Int) -> Void,
                                       escape: (UInt8) -> Void, separator: (StaticString) -> Void) {
        guard let base = s.baseAddress else { return }
        let n = s.count
        var runStart = 0
        var i = 0
        while true {
            i = nextCandidate(in: base, from: i, count: n)
            guard i < n else { break }
            let b = base[i]
            // U+2028 and U+2029 are valid in JSON but break line-based readers: escape them;
            // other characters starting with E2 are not.
            if b == 0xE2 {
                guard i + 2 < n, base[i + 1] == 0x80, base[i + 2] == 0xA8 || base[i + 2] == 0xA9 else {
                    i += 1
                    continue
                }
                run(base + runStart, i - runStart)
                separator(base[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 3
                runStart = i
                continue
            }
            run(base + runStart, i - runStart)
            escape(b)
            i += 1
            runStart = i
        }
        run(base + runStart, n - runStart)
    }

    /// Appends the escape of `byte` (a candidate other than 0xE2): the short forms for `"`,
    /// `\`, LF, CR and tab, `\u00xx` otherwise.
    static func append(escaping byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = hexDigits.utf8Start
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    /// ``append(escaping:to:)`` through a cursor (which has room for six bytes).
    static func write(escaping byte: UInt8, to cursor: inout ByteCursor) {
        cursor.write(byte: UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): cursor.write(byte: byte)
        case 0x0A: cursor.write(byte: UInt8(ascii: "n"))
        case 0x0D: cursor.write(byte: UInt8(ascii: "r"))
        case 0x09: cursor.write(byte: UInt8(ascii: "t"))
        default:
            let hex = hexDigits.utf8Start
            cursor.write("u00")
            cursor.write(byte: hex[Int(byte >> 4)])
            cursor.write(byte: hex[Int(byte & 0xF)])
        }
    }

    private static var hexDigits: StaticString { "0123456789abcdef" }
}
