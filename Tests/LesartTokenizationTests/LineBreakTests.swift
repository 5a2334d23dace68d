import Foundation
import Testing
import LesartTokenization
import LesartCore
import TestSupport

/// Every rule that looks at line and paragraph breaks (paragraph starts, titles at a
/// paragraph's end, ordinals before a blank line, truncations before a line break) counts
/// the same line breaks: text written with CR, CRLF or LINE SEPARATOR gives the same tokens,
/// flags and sentences as with LF.
@Suite("Line breaks of every kind")
struct LineBreakTests {
    /// Token texts with kinds and flags, and sentences as token index ranges.
    static func analysis(_ text: String, convention: Convention) throws -> [String] {
        let session = try Tokenizer(profile: Fixtures.german, convention: convention).makeSession()
        var document = Document(text: text)
        session.tokenize(&document)
        SentenceSplitter(profile: Fixtures.german, convention: convention).split(&document)
        return document.tokens.map { "\(document.text(of: $0)) \($0.kind) \($0.flags.rawValue)" }
            + document.sentences.map { "sentence \($0.firstToken)..<\($0.endToken)" }
    }

    static let texts = FastPathDifferentialTests.ownTexts + [
        "Wo ist mein Tab.\n\nDer nächste Absatz.",
        "Am 3.\n\nOktober kam er. Er kam am 3.\nOktober.",
        "Ein-\nund Ausfuhr. Ein- und Ausfuhr.",
        "Überschrift ohne Punkt\nDer Text beginnt hier. Dr.\n\nNeuer Absatz",
        "Ludwig XIV.\n\nDas III. Geschwader",
    ]

    @Test("CR, CRLF and U+2028 act as LF", arguments: ["\r", "\r\n", "\u{2028}"], Convention.allCases)
    func sameAnalysis(separator: String, convention: Convention) throws {
        for text in Self.texts where text.contains("\n") {
            let expected = try Self.analysis(text, convention: convention)
            let other = text.replacingOccurrences(of: "\n", with: separator)
            #expect(try Self.analysis(other, convention: convention) == expected, "\(text.prefix(60).debugDescription)")
        }
    }
}
