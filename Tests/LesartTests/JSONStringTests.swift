import Foundation
import Lesart
import Testing

/// `OutputBuffer.appendJSONString` escapes what RFC 8259 requires (and U+2028/U+2029) and
/// copies everything else unchanged.
@Suite("JSON strings")
struct JSONStringTests {
    static let samples = [
        "", "Moskau", "„Zitat“ – Gedankenstrich", "a\"b\\c", "Zeile\nneu\r\tTab", "\u{0}\u{1}\u{1F}\u{7F}",
        "vor\u{2028}nach\u{2029}ende", "🇺🇦 Größe 𝄞", "\u{E2}\u{80}", "ends with \\", "\"",
    ]

    @Test("round trip through a JSON parser, for arrays, slices and strings", arguments: samples)
    func roundTrip(text: String) throws {
        for variant in 0..<3 {
            var out = OutputBuffer()
            switch variant {
            case 0: out.appendJSONString(Array(text.utf8))
            case 1: out.appendJSONString(Array(("x" + text).utf8).dropFirst())
            default: out.appendJSONString(text)
            }
            let json = String(decoding: out.bytes, as: UTF8.self)
            let parsed = try JSONSerialization.jsonObject(with: Data(out.bytes), options: [.fragmentsAllowed])
            #expect(parsed as? String == text, "\(json)")
            #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        }
    }

    @Test("escapes are the short forms")
    func shortForms() {
        var out = OutputBuffer()
        out.appendJSONString("a\"b\\c\nd\u{1}\u{2028}")
        #expect(String(decoding: out.bytes, as: UTF8.self) == #""a\"b\\c\nd\u0001\u2028""#)
    }
}
