/// The recursive-descent scan of ``JSONObjectParser`` over one input.
struct JSONObjectScanner {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address; any valid pointer with n == 0 will do.
        p = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        n = buffer.count
    }

    func fail(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? i, reason: reason)
    }

    mutating func recordMembers() throws(JSONSyntaxError) -> [JSONMember] {
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        skipWhitespace()
        guard i < n, p[i] == UInt8(ascii: "{") else { throw fail(JSONSyntaxError.expectedObject) }
        i &+= 1
        var members: [JSONMember] = []
        skipWhitespace()
        if i < n, p[i] == UInt8(ascii: "}") {
            i &+= 1
        } else {
            while true {
                skipWhitespace()
                guard i < n, p[i] == UInt8(ascii: "\"") else { throw fail("expected a key") }
                let (key, keyHasEscapes) = try stringBody()
                skipWhitespace()
                guard i < n, p[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i &+= 1
                skipWhitespace()
                let (kind, value, valueHasEscapes) = try value(depth: 2)
                members.append(JSONMember(key: key, keyHasEscapes: keyHasEscapes, kind: kind, value: value,
                                          valueHasEscapes: valueHasEscapes))
                skipWhitespace()
                guard i < n else { throw fail("unterminated object") }
                if p[i] == UInt8(ascii: ",") {
                    i &+= 1
                    continue
                }
                guard p[i] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
                i &+= 1
                break
            }
        }
        skipWhitespace()
        guard i == n else { throw fail("unexpected data after the object") }
        return members
    }

    @inline(__always) mutating func skipWhitespace() {
        while i < n {
            switch p[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i &+= 1
            default: return
            }
        }
    }

    /// Scans a value at `i` (whitespace skipped) nested at `depth`; returns its kind, range and
    /// whether it is a string with escapes.
    mutating func value(depth: Int) throws(JSONSyntaxError) -> (JSONValueKind, Range<Int>, Bool) {
        guard i < n else { throw fail("expected a value") }
        let start = i
        switch p[i] {
        case UInt8(ascii: "\""):
            let (body, hasEscapes) = try stringBody()
            return (.string, body, hasEscapes)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth <= JSONObjectParser.maximumDepth else {
                throw fail("nested too deeply (more than \(JSONObjectParser.maximumDepth) levels)")
            }
            let isObject = p[i] == UInt8(ascii: "{")
            try container(object: isObject, depth: depth)
            return (isObject ? .object : .array, start..<i, false)
        case UInt8(ascii: "t"):
            try literal("true")
            return (.true, start..<i, false)
        case UInt8(ascii: "f"):
            try literal("false")
            return (.false, start..<i, false)
        case UInt8(ascii: "n"):
            try literal("null")
            return (.null, start..<i, false)
        default:
            let integer = try number()
            return (integer ? .integer : .fraction, start..<i, false)
        }
    }

    /// Scans an object or array at `i`, validating its contents.
    mutating func container(object: Bool, depth: Int) throws(JSONSyntaxError) {
        let close = object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i &+= 1
        skipWhitespace()
        if i < n, p[i] == close {
            i &+= 1
            return
        }
        while true {
            skipWhitespace()
            if object {
                guard i < n, p[i] == UInt8(ascii: "\"") else { throw fail("expected a key") }
                _ = try stringBody()
                skipWhitespace()
                guard i < n, p[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i &+= 1
                skipWhitespace()
            }
            _ = try value(depth: depth &+ 1)
            skipWhitespace()
            guard i < n else { throw fail(object ? "unterminated object" : "unterminated array") }
            if p[i] == UInt8(ascii: ",") {
                i &+= 1
                continue
            }
            guard p[i] == close else { throw fail(object ? "expected ',' or '}'" : "expected ',' or ']'") }
            i &+= 1
            return
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard n &- i >= length, (0..<length).allSatisfy({ p[i &+ $0] == word.utf8Start[$0] }) else {
            throw fail("invalid literal")
        }
        i &+= length
    }

    /// Scans `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; true when it is an integer.
    mutating func number() throws(JSONSyntaxError) -> Bool {
        let start = i
        if i < n, p[i] == UInt8(ascii: "-") { i &+= 1 }
        guard i < n, isDigit(p[i]) else {
            throw fail(i < n ? "invalid value starting \(escapedCharacter(at: start))" : "expected a value", at: start)
        }
        if p[i] == UInt8(ascii: "0") {
            i &+= 1
        } else {
            while i < n, isDigit(p[i]) { i &+= 1 }
        }
        var integer = true
        if i < n, p[i] == UInt8(ascii: ".") {
            i &+= 1
            guard i < n, isDigit(p[i]) else { throw fail("invalid number", at: start) }
            while i < n, isDigit(p[i]) { i &+= 1 }
            integer = false
        }
        if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i &+= 1
            if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i &+= 1 }
            guard i < n, isDigit(p[i]) else { throw fail("invalid number", at: start) }
            while i < n, isDigit(p[i]) { i &+= 1 }
            integer = false
        }
        // Like Foundation, reject numbers beyond the range of Double (1e400): no reader could use them.
        if !integer || i &- start > 18 {
            let literal = String(decoding: UnsafeBufferPointer(start: p + start, count: i &- start), as: UTF8.self)
            guard let value = Double(literal), value.isFinite else {
                let shown = literal.count > 40 ? literal.prefix(37) + "..." : Substring(literal)
                throw fail("number \(shown) is out of range (beyond the range of a double, ±1.8e308)", at: start)
            }
        }
        return integer
    }

    @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Scans a string literal at `i` (on its opening quote); returns the range between
    /// the quotes and whether it holds escapes.
    mutating func stringBody() throws(JSONSyntaxError) -> (Range<Int>, Bool) {
        let start = i &+ 1
        i = start
        var hasEscapes = false
        while true {
            i = nextSpecial(from: i)
            guard i < n else { throw fail("unterminated string", at: start &- 1) }
            switch p[i] {
            case UInt8(ascii: "\""):
                i &+= 1
                return (start..<(i &- 1), hasEscapes)
            case UInt8(ascii: "\\"):
                hasEscapes = true
                try escape()
            default:
                throw fail("unescaped control character U+\(hex4(UInt16(p[i]))) in a string (write it as \\u\(hex4(UInt16(p[i]))))")
            }
        }
    }

    /// Validates the escape at `i` (on its backslash) and moves past it.
    mutating func escape() throws(JSONSyntaxError) {
        let start = i
        guard i &+ 1 < n else { throw fail("unterminated string") }
        switch p[i &+ 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            i &+= 2
        case UInt8(ascii: "u"):
            let unit = try codeUnit(at: i &+ 2)
            i &+= 6
            if unit >= 0xDC00, unit < 0xE000 {
                throw fail("lone surrogate escape \(escapeText(at: start)) (a low surrogate without a high one before it is not a character)", at: start)
            }
            if unit >= 0xD800, unit < 0xDC00 {
                let lone = "lone surrogate escape \(escapeText(at: start)) (a high surrogate must be followed by a low one, \\uDC00 to \\uDFFF)"
                guard i &+ 1 < n, p[i] == UInt8(ascii: "\\"), p[i &+ 1] == UInt8(ascii: "u") else {
                    throw fail(lone, at: start)
                }
                let low = try codeUnit(at: i &+ 2)
                guard low >= 0xDC00, low < 0xE000 else { throw fail(lone, at: start) }
                i &+= 6
            }
        default:
            throw fail("invalid escape \\\(escapedCharacter(at: i &+ 1))", at: start)
        }
    }

    /// The UTF-16 code unit of the four hex digits at `offset`.
    func codeUnit(at offset: Int) throws(JSONSyntaxError) -> UInt16 {
        guard n &- offset >= 4 else { throw fail("invalid \\u escape", at: offset &- 2) }
        for k in 0..<4 where JSONObjectParser.hexDigit(p[offset &+ k]) == 0xFF {
            throw fail("invalid \\u escape", at: offset &- 2)
        }
        return JSONObjectParser.hexValue(p + offset)
    }

    /// The first index at or after `start` holding `"`, `\` or a control character, or `n`;
    /// eight bytes at a time.
    @inline(__always) func nextSpecial(from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var k = start
        // Sixteen bytes at a time in vector lanes while the string goes on (texts are long),
        // as ``JSONEscape`` does: lane arithmetic, a predicate is the top bit of its lane.
        while k &+ 16 <= n {
            let v = UnsafeRawPointer(p + k).loadUnaligned(as: SIMD16<UInt8>.self)
            let quote = v ^ SIMD16(repeating: 0x22), backslash = v ^ SIMD16(repeating: 0x5C)
            let one = SIMD16<UInt8>(repeating: 1)
            let flagged = (v &- SIMD16(repeating: 0x20)) & ~v | (quote &- one) & ~quote | (backslash &- one) & ~backslash
            let halves = unsafeBitCast(flagged, to: SIMD2<UInt64>.self)
            if (halves[0] | halves[1]) & highBits != 0 { break }
            k &+= 16
        }
        while k &+ 8 <= n {
            let word = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let flagged = ((word &- ones &* 0x20) & ~word | (quote &- ones) & ~quote
                | (backslash &- ones) & ~backslash) & highBits
            if flagged != 0 { break }
            k &+= 8
        }
        while k < n {
            let byte = p[k]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return k }
            k &+= 1
        }
        return n
    }
}
