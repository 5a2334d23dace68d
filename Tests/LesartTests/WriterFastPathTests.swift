import Foundation
import Lesart
import Testing
import TestSupport

/// The writers' byte-level fast paths against plain reference implementations: JSON string
/// escaping at every alignment, token and sentence offsets in every unit, and CoNLL-U's
/// whitespace folding against Unicode's White_Space property.
@Suite("Writer fast paths")
struct WriterFastPathTests {
    /// RFC 8259 escaping one scalar at a time, as the writers promise it.
    static func referenceJSONString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test("JSON strings: every special character at every position of a long text")
    func escapingAtEveryAlignment() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "„", "–", "€"]
        let filler = "Größe und Maß: Straße 12345 abcdefgh"
        for special in specials {
            for position in 0..<40 {
                let text = String(filler.prefix(position)) + special + filler + special
                var out = OutputBuffer()
                out.appendJSONString(text)
                #expect(String(decoding: out.bytes, as: UTF8.self) == Self.referenceJSONString(text),
                        "\(String(reflecting: special)) at \(position)")
            }
        }
    }

    /// `text` split at spaces into word tokens (kinds cycling) and two sentences.
    static func document(_ text: String) -> Document {
        var document = Document(text: text)
        var start = 0
        let bytes = document.utf8
        for (index, byte) in (bytes + [UInt8(ascii: " ")]).enumerated() where byte == UInt8(ascii: " ") {
            if index > start {
                let kind = TokenKind.allCases[document.tokens.count % TokenKind.allCases.count]
                document.tokens.append(Token(start: UInt32(start), end: UInt32(index), kind: kind, flags: .spaceAfter))
            }
            start = index + 1
        }
        let half = UInt32(document.tokens.count / 2)
        document.sentences = [Sentence(firstToken: 0, endToken: half),
                              Sentence(firstToken: half, endToken: UInt32(document.tokens.count))]
        return document
    }

    /// The offset of byte `b` of `text` in `unit`, by Swift's index conversions.
    static func offset(_ text: String, _ b: Int, _ unit: OffsetUnit) -> Int {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: b)
        switch unit {
        case .utf8: return b
        case .utf16: return text.utf16.distance(from: text.utf16.startIndex, to: index)
        case .scalar: return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
        }
    }

    @Test("JSONL sentences and tokens: offsets and kinds as a plain writer spells them", arguments: OffsetUnit.allCases)
    func jsonlSpans(unit: OffsetUnit) {
        var generator = SplitMix64(seed: 0x5EED &+ UInt64(unit.rawValue.utf8.count))
        for _ in 0..<200 {
            let text = RandomText.make(using: &generator, maxRuns: 40) + " Grüße 😀 北京 🇺🇦"
            let document = Self.document(text)
            var out = OutputBuffer()
            JSONLWriter(offsets: unit).write(document, to: &out)
            func span(_ range: Range<Int>) -> String {
                "{\"start\":\(Self.offset(text, range.lowerBound, unit)),\"end\":\(Self.offset(text, range.upperBound, unit))"
            }
            let sentences = document.sentences.map { span(document.byteRange(of: $0)) + "}" }
            let tokens = document.tokens.map { span($0.byteRange) + ",\"kind\":\"\($0.kind.name)\"}" }
            let expected = "{\"id\":null,\"text\":" + Self.referenceJSONString(text)
                + ",\"sentences\":[" + sentences.joined(separator: ",") + "],\"tokens\":["
                + tokens.joined(separator: ",") + "]}\n"
            #expect(String(decoding: out.bytes, as: UTF8.self) == expected, "\(String(reflecting: text))")
        }
    }

    @Test("CoNLL-U # text folds exactly the White_Space scalars")
    func conlluWhitespace() {
        var scalars = (UInt32(0)...0x3100).compactMap { Unicode.Scalar($0) }
        scalars += stride(from: UInt32(0x3101), through: 0x10FFFF, by: 97).compactMap { Unicode.Scalar($0) }
        for scalar in scalars {
            var document = Document(text: "a\(scalar)\(scalar)b")
            let end = UInt32(document.utf8.count)
            document.tokens = [Token(start: 0, end: 1, kind: .word), Token(start: end - 1, end: end, kind: .word)]
            document.sentences = [Sentence(firstToken: 0, endToken: 2)]
            var out = OutputBuffer()
            CoNLLUWriter().write(document, to: &out)
            let textLine = String(decoding: out.bytes, as: UTF8.self).split(separator: "\n")[1]
            let expected = scalar.properties.isWhitespace ? "# text = a b" : "# text = a\(scalar)\(scalar)b"
            if textLine != expected {
                Issue.record("U+\(String(scalar.value, radix: 16)): \(String(reflecting: String(textLine)))")
            }
        }
    }
}
