extension ByteCursor {
    /// The most bytes ``write(jsonString:)`` writes for `count` bytes of text: every byte
    /// escaped as `\u00xx`, and the quotes.
    @inline(__always) static func jsonStringRoom(_ count: Int) -> Int { 6 &* count &+ 2 }

    /// Writes `s` as a JSON string literal with its quotes, escaped exactly as
    /// ``OutputBuffer/appendJSONString(_:)`` escapes (the same ``JSONEscape`` check): runs
    /// without escapes are copied in one piece. Needs ``jsonStringRoom(_:)`` bytes of room.
    mutating func write(jsonString s: UnsafeBufferPointer<UInt8>) {
        write(byte: UInt8(ascii: "\""))
        guard let base = s.baseAddress else { return write(byte: UInt8(ascii: "\"")) }
        let n = s.count
        var runStart = 0
        var i = 0
        while true {
            i = JSONEscape.nextCandidate(in: base, from: i, count: n)
            guard i < n else { break }
            let b = base[i]
            if b == 0xE2 {  // U+2028 and U+2029 are escaped; other characters starting with E2 are not
                guard i + 2 < n, base[i + 1] == 0x80, base[i + 2] == 0xA8 || base[i + 2] == 0xA9 else {
                    i += 1
                    continue
                }
                write(base + runStart, count: i - runStart)
                write(base[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 3
                runStart = i
                continue
            }
            write(base + runStart, count: i - runStart)
            JSONEscape.write(escaping: b, to: &self)
            i += 1
            runStart = i
        }
        write(base + runStart, count: n - runStart)
        write(byte: UInt8(ascii: "\""))
    }

    /// Writes a string's UTF-8 as it is (a name known to need no escape); needs its length of room.
    mutating func write(plain s: String) {
        var s = s
        s.withUTF8 { if let base = $0.baseAddress { write(base, count: $0.count) } }
    }

    /// ``write(jsonString:)`` for a string's UTF-8.
    mutating func write(jsonString s: String) {
        var s = s
        s.withUTF8 { write(jsonString: $0) }
    }
}
