extension ByteCursor {
    /// The most bytes ``write(jsonString:)`` writes for `count` bytes of text: every byte
    /// escaped as `\u00xx`, and the quotes.
    @inline(__always) static func jsonStringRoom(_ count: Int) -> Int { 6 &* count &+ 2 }

    /// Writes `s` as a JSON string literal with its quotes, escaped exactly as
    /// ``OutputBuffer/appendJSONString(_:)`` escapes (the same ``JSONEscape`` check): runs
    /// without escapes are copied in one piece. Needs ``jsonStringRoom(_:)`` bytes of room.
    mutating func write(jsonString s: UnsafeBufferPointer<UInt8>) {
        write(byte: UInt8(ascii: "\""))
        JSONEscape.walk(s, run: { write($0, count: $1) }, escape: { JSONEscape.write(escaping: $0, to: &self) },
                        separator: { write($0) })
        write(byte: UInt8(ascii: "\""))
    }

    /// ``write(jsonString:)`` for a string's UTF-8.
    mutating func write(jsonString s: String) {
        var s = s
        s.withUTF8 { write(jsonString: $0) }
    }
}
