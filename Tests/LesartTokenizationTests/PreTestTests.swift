import Foundation
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
        // "Über" is six bytes: its period is byte 9, the period after "Dex" byte 13.
        Array("Der.Über.Dex.".utf8).withUnsafeBufferPointer { buffer in
            #expect(words.mayEnd(before: 3, in: buffer) && words.mayEnd(before: 9, in: buffer))
            #expect(!words.mayEnd(before: 13, in: buffer))
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

    @Test("every listed abbreviation and ending before a full stop gets the full path's tokens", arguments: Convention.allCases)
    func fullStopWords(convention: Convention) throws {
        // Each entry as written, with its first letter's case flipped, glued to a word
        // (`Hauptstr.`), and Roman numerals, each before a full stop ending the sentence
        // or the paragraph, then a capital or a small word.
        let lexicon = Fixtures.packageRoot.appendingPathComponent("Lexicons/de")
        var words: [String] = ["I", "II", "XIV", "MCM", "Ivan", "Dix", "Mai", "Lied", "Chr", "Cie", "DM", "z", "Ä", "ö", "zu", "Öl"]
        for file in ["abbreviations.tsv", "abbreviation-endings.txt", "abbreviation-words.txt"] {
            let content = try String(contentsOf: lexicon.appendingPathComponent(file), encoding: .utf8)
            for line in content.split(separator: "\n") where !line.hasPrefix("#") {
                guard let entry = line.split(separator: "\t").first?.trimmingCharacters(in: .whitespaces),
                      entry.hasSuffix(".") else { continue }
                let word = String(entry.dropLast())
                let flipped = (word.first!.isUppercase ? word.prefix(1).lowercased() : word.prefix(1).uppercased()) + word.dropFirst()
                words += [word, flipped, "Haupt" + word.lowercased(), "Kunden" + word]
            }
        }
        let fast = try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: true).makeSession()
        let full = try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: false).makeSession()
        for (index, word) in words.enumerated() {
            let next = ["Die Sache.", "die Sache.", "3 Tage.", "\n\nNeu.", ""][index % 5]
            let text = "Es war die \(word). \(next) Wie \(word). Das \(word).\n\(next)"
            var a = Document(text: text)
            var b = Document(text: text)
            fast.tokenize(&a)
            full.tokenize(&b)
            #expect(a.tokens == b.tokens, "tokens differ in \(text.debugDescription)")
        }
    }

    @Test("every listed emoticon starts with a pair the emoticon matcher's pre-test lets through")
    func emoticonPairs() throws {
        let file = Fixtures.packageRoot.appendingPathComponent("Lexicons/common/emoticons.txt")
        let content = try String(contentsOf: file, encoding: .utf8)
        var count = 0
        for line in content.split(separator: "\n") where !line.hasPrefix("#") {
            guard let field = line.split(separator: "\t").first else { continue }
            let bytes = Array(field.utf8)
            guard bytes.count >= 2 else { continue }
            #expect(Fixtures.german.mayStartEmoticon(bytes[0], bytes[1]), "\(field)")
            count += 1
        }
        #expect(count > 100)
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
        let pairs = profile.simpleWordWatchPairs
        for first in 0...255 {
            for second in 0...255 {
                let pair = first | second << 8
                let watched = pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
                let isWW = first | 0x20 == 0x77 && second | 0x20 == 0x77
                #expect(watched == (profile.mayStartEmoticon(UInt8(first), UInt8(second)) || isWW), "pair \(first) \(second)")
            }
        }
    }
}
