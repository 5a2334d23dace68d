import Testing
@testable import LesartTokenization
import LesartCore
import TestSupport

/// The cheap pre-tests in front of the tokenizer's lookups rule out only what the tests
/// behind them would reject: the last-byte set of ``WordShapeFilter`` (abbreviation endings
/// at a full stop) and the first-pair table of the simple-word loop (emoticons, `www`).
@Suite("Tokenizer pre-tests")
struct PreTestTests {
    @Test("a shape filter's last bytes are exactly its keys' last bytes before the period")
    func shapeFilterLastBytes() {
        let keys: [[UInt8]] = ["str.", "Str.", "nr.", "pl.", "Maß.", "café."].map { Array($0.utf8) }
        let filter = WordShapeFilter(keys)
        let lasts = Set(keys.map { $0[$0.count - 2] })
        for byte in 0...255 {
            let bytes = [UInt8(byte), UInt8(ascii: ".")]
            bytes.withUnsafeBufferPointer { buffer in
                #expect(filter.mayEnd(before: 1, in: buffer) == lasts.contains(UInt8(byte)), "byte \(byte)")
            }
        }
        let words = WordShapeFilter(words: [Array("Der".utf8), Array("Über".utf8)])
        Array("Der.Über.Dex.".utf8).withUnsafeBufferPointer { buffer in
            #expect(words.mayEnd(before: 3, in: buffer) && words.mayEnd(before: 8, in: buffer))
            #expect(!words.mayEnd(before: 12, in: buffer))
        }
    }

    @Test("words ending in a listed abbreviation ending are still abbreviations", arguments: [
        ("Er wohnt in der Hauptstr. 5.", "Hauptstr."), ("Die Kunden-Nr. fehlt.", "Kunden-Nr."),
        ("Das ist die Parkstr.", "Parkstr."), ("Kundennr. angeben.", "Kundennr."),
        ("Sie haben Kinderpl. gebucht.", "Kinderpl."),
    ])
    func abbreviationEndings(text: String, abbreviation: String) throws {
        let session = try Tokenizer(profile: Fixtures.german).makeSession()
        var document = Document(text: text)
        session.tokenize(&document)
        let found = document.tokens.contains {
            $0.kind == .abbreviation && String(decoding: Array(text.utf8)[Int($0.start)..<Int($0.end)], as: UTF8.self) == abbreviation
        }
        #expect(found, "\(abbreviation) in \(text)")
    }

    @Test("a token's case flag from its first scalar equals its Unicode properties")
    func scalarCaseFlag() {
        for v in UInt32(0x180)...0x10FFFF {
            var expected: TokenFlags = []
            if let scalar = Unicode.Scalar(v) {
                if scalar.properties.isUppercase { expected = .capitalized } else if scalar.properties.isLowercase { expected = .lowercase }
            }
            if TokenScanner.caseFlag(ofScalar: v) != expected {
                Issue.record("case flag of U+\(String(v, radix: 16, uppercase: true))")
            }
        }
    }

    @Test("the simple-word watch pairs are the emoticon pairs and ww in any case")
    func watchPairs() {
        let profile = Fixtures.german
        let pairs = TokenScanner.simpleWordWatchPairs(emoticonPairs: profile.emoticonPairs)
        for first in 0...255 {
            for second in 0...255 {
                let pair = first << 8 | second
                let watched = pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
                let isWW = first | 0x20 == 0x77 && second | 0x20 == 0x77
                #expect(watched == (profile.mayStartEmoticon(UInt8(first), UInt8(second)) || isWW), "pair \(first) \(second)")
            }
        }
    }
}
