extension ByteCursor {
    /// The most bytes ``write(jsonString:)`` writes for `count` bytes of text: every byte
    /// escaped as `\u00xx`, and the quotes.
    @inline(__always) static func jsonStringRoom(_ count: Int) -> Int { 6 &* count &+ 2 }

    /// Writes `s` as a JSON string literal with its quotes, escaped exactly as
    /// ``OutputBuffer/appendJSONString(_:)`` escapes (the same ``JSONEscape`` check): runs
    /// without escapes are copied in one piece. Needs ``jsonStringRoom(_:)`` bytes of room.
    mutating func write(jsonString s: UnsafeBufferPointer<UInt8>) {
        write(byte: UInt8(ascii: "\""))
        if !writeShortUnescaped(s) { writeEscaping(s) }
        write(byte: UInt8(ascii: "\""))
    }

    /// The body of ``write(jsonString:)`` by ``JSONEscape/walk(_:run:escape:separator:)``; not
    /// inlined, so the short strings written as they are need none of its set-up.
    @inline(never) private mutating func writeEscaping(_ s: UnsafeBufferPointer<UInt8>) {
        JSONEscape.walk(s, run: { write($0, count: $1) }, escape: { JSONEscape.write(escaping: $0, to: &self) },
                        separator: { write($0) })
    }

    /// ``write(jsonString:)`` for a string's UTF-8.
    mutating func write(jsonString s: String) {
        var s = s
        s.withUTF8 { write(jsonString: $0) }
    }

    /// Writes `s` as it is when it has 4 to 16 bytes and none needs an escape (most names
    /// and mention texts), tested and copied as two overlapping loads and stores: no walk,
    /// no byte loop. False, and nothing written, otherwise.
    @inline(__always) private mutating func writeShortUnescaped(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        guard n >= 4, n <= 16, let base = s.baseAddress else { return false }
        let source = UnsafeRawPointer(base)
        let target = UnsafeMutableRawPointer(position)
        if n >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            guard !JSONEscape.mayHoldCandidate(head), !JSONEscape.mayHoldCandidate(tail) else { return false }
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            guard !JSONEscape.mayHoldCandidate(UInt64(head) | UInt64(tail) &<< 32) else { return false }
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        }
        position += n
        return true
    }
}
