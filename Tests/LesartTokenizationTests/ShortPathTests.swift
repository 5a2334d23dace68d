import Testing
@testable import LesartTokenization
import LesartCore
import TestSupport

/// The tokenizer's short cuts: the explicit ranges of `ScalarClass.of` agree with the
/// classification from Unicode properties, and plain chunks take the short path (the
/// differential tests in `FastPathDifferentialTests` prove its tokens equal the full path's).
@Suite("Tokenizer short paths")
struct ShortPathTests {
    @Test("explicit scalar ranges agree with the Unicode properties")
    func scalarRangesAgree() {
        var checked = 0
        for v in UInt32(0x80)...UInt32(0x2FFFF) where Unicode.Scalar(v) != nil {
            let fast = ScalarClass.of(v)
            let slow = ScalarClass.byProperties(v)
            if fast != slow {
                Issue.record("U+\(String(v, radix: 16, uppercase: true)): \(fast) by range, \(slow) by properties")
            }
            checked += 1
        }
        #expect(checked > 190_000)
    }

    /// Runs the plain-chunk check on `text` from offset 0 and returns the end and tokens.
    static func plainChunk(_ text: String, convention: Convention = .empirist) throws -> (end: Int?, tokens: [String]) {
        let tokenizer = Tokenizer(profile: Fixtures.german, convention: convention)
        var scanner = TokenScanner(tokenizer: tokenizer, breaker: try WordBreaker(locale: "de"))
        defer { scanner.release() }  // the token buffer is freed by its owner, as the session's deinit does
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            scanner.text = UTF8Text(buffer)
            let end = scanner.plainChunkEnd(0)
            var found: [Token] = []
            scanner.tokens.append(to: &found)
            let tokens = found.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
            return (end, tokens)
        }
    }

    @Test("plain chunks are emitted directly", arguments: [
        ("Regierung und", 9, ["Regierung"]),
        ("sagte, dass", 6, ["sagte", ","]),
        ("Moskau.", 7, ["Moskau", "."]),
        ("Übergänge!", 12, ["Übergänge", "!"]),
        ("größer)", 9, ["größer", ")"]),
        ("und", 3, ["und"]),
        ("usw.", 4, ["usw."]),
        ("Dr. Merz", 3, ["Dr."]),
        ("„Nein“. Dann", 11, ["„", "Nein", "“", "."]),
        ("(SPD)", 5, ["(", "SPD", ")"]),
        ("„Zitat", 8, ["„", "Zitat"]),
        ("Wort“,", 8, ["Wort", "“", ","]),
    ])
    func plainChunks(text: String, end: Int, tokens: [String]) throws {
        let result = try Self.plainChunk(text)
        #expect(result.end == end)
        #expect(result.tokens == tokens)
    }

    @Test("anything else takes the full path", arguments: [
        "derText", "iPhone", "AutorInnen", "Bürger*innen", "z.B.", "3.", "„Zitat“).", "Wort”", "www.", "xD",
        "E-Mail", "Wort:innen", "Ende.Anfang", "Straße’s", "Łódź", "Wort,,", "((Klammer", "@anna", "Wort\u{A0}",
        "„“", "(", "„www“", "Wort.“", "„Dr.“",
    ])
    func declined(text: String) throws {
        let result = try Self.plainChunk(text)
        #expect(result.end == nil)
        #expect(result.tokens.isEmpty)
    }
}
