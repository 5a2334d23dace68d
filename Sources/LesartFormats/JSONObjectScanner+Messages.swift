/// The pieces of input ``JSONObjectScanner`` quotes in its error messages.
extension JSONObjectScanner {
    /// Four uppercase hex digits.
    func hex4(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// The six bytes of the `\uXXXX` escape at `offset` (validated hex digits).
    func escapeText(at offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p + offset, count: 6), as: UTF8.self)
    }

    /// The character at `offset` (valid UTF-8) for a message; control characters as U+XXXX.
    func escapedCharacter(at offset: Int) -> String {
        let byte = p[offset]
        guard byte >= 0x20 else { return "U+\(hex4(UInt16(byte)))" }
        var end = offset &+ 1
        while end < n, p[end] & 0xC0 == 0x80 { end &+= 1 }
        return String(decoding: UnsafeBufferPointer(start: p + offset, count: end &- offset), as: UTF8.self)
    }
}
