import Foundation
import Testing
@testable import LesartTokenization
import LesartCore
import TestSupport

/// Proves that the byte-level Latin fast path finds exactly ICU's word boundaries: chunk by
/// chunk (every whitespace-free chunk the fast path accepts gets the same boundaries from
/// ICU) and document by document (tokens are identical with the fast path on and off), on
/// the project's sample corpus and, when ../shared is present, on every evaluation text.
/// "Fast path on" also takes the plain-chunk short cut (`TokenScanner.plainChunkEnd`), so
/// the document comparison proves that too.
@Suite("Fast path equals ICU")
struct FastPathDifferentialTests {
    /// Texts written for the project: the sample corpus and a mix of hard cases.
    static let ownTexts: [String] = {
        var texts = [
            "Er kam z.B. am 3. Okt. um 12:30 Uhr mit 1.000,50 € (3,5 %) — „geht's?“ — can't, l'Enfer.",
            "Bürger*innen, Lehrer:innen, Student_innen; WP:DISK; a.b.c; 3.5.2026; 1,5; x_y; @anna #tag",
            "Ärger über Öl·Preise: naïve Façade, Œuvre, Ærø, ĳssel, Dvořák, Łódź, Straße’s ‘Zitat’ ‚so‘",
            "Ελλάδα και Россия: «Привет», 100km/h, ½ Liter, §§ 3–5, № 7, 5° C, ©2026 ™",
        ]
        let sample = Fixtures.packageRoot.appendingPathComponent("Corpora/de/russland-allianzen.txt")
        if let text = try? String(contentsOf: sample, encoding: .utf8) { texts.append(text) }
        return texts
    }()

    /// Every text of ../shared/eval and ../shared/corpora, or none when ../shared is absent.
    static let evaluationTexts: [String] = {
        guard let shared = Fixtures.shared else { return [] }
        var texts: [String] = []
        let eval = shared.appendingPathComponent("eval")
        for name in ["ud-gsd-dev", "ud-gsd-test", "empirist-cmc"] {
            let url = eval.appendingPathComponent("tokens/\(name)/raw.txt")
            if let text = try? String(contentsOf: url, encoding: .utf8) { texts.append(text) }
        }
        for file in ["tokens/golden-rules-de.jsonl", "tokens/somajo-tokenizer-de.jsonl",
                     "tokens/somajo-sentences-de.jsonl", "entities/germeval2014-dev.jsonl"] {
            guard let content = try? String(contentsOf: eval.appendingPathComponent(file), encoding: .utf8) else { continue }
            for line in content.split(separator: "\n") {
                guard let data = line.data(using: .utf8),
                      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                texts.append(text)
            }
        }
        let corpora = shared.appendingPathComponent("corpora")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: corpora.path)) ?? [] where name.hasSuffix(".txt") {
            if let text = try? String(contentsOf: corpora.appendingPathComponent(name), encoding: .utf8) { texts.append(text) }
        }
        return texts
    }()

    @Test("project texts: same boundaries and tokens")
    func ownTextsAgree() throws {
        try Self.compare(Self.ownTexts)
    }

    @Test("evaluation texts: same boundaries and tokens", .enabled(if: Fixtures.shared != nil, "../shared is absent"))
    func evaluationTextsAgree() throws {
        #expect(Self.evaluationTexts.count > 2000)
        try Self.compare(Self.evaluationTexts)
    }

    /// Chunks on the edges of the segmenter's run of letters: letters then each kind of
    /// character, ICU's `@` letter, Latin-1 and other letters, and characters it declines
    /// (soft hyphen, middle dot) right after a run.
    static let letterRunTexts = [
        "abc'def abc.def abc,def abc_def abc:def abc@def.de abc1def abc' abc. abc_ _abc a b ab",
        "Ärger-Öl straße's Façade’s naïve œuvre Łódź Ελλάδα Россия x@y.z AB.CD. U.S.A. z.B. 3.5 3,5",
        "Ab\u{AD}cd ab\u{B7}cd Maß\u{AD} abc\u{2019}s abc\u{2018} a\u{2024}b abc\u{0301}de abc😀 abc…",
        "Wort„Zitat“ Wort(e) Bürger*innen Lehrer:innen Student_innen km/h 100km C# C++ F.D.P. Dr.-Ing.",
    ]

    @Test("letter runs: same boundaries and tokens, after earlier boundaries too")
    func letterRunsAgree() throws {
        try Self.compare(Self.letterRunTexts)
        // Boundaries go after those already there; a declined chunk leaves them as they were.
        var latin = LatinWordSegmenter()
        var boundaries: [Int32] = [7, 9]
        let bytes = Array("Haus ab\u{AD}cd Maß".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let view = UTF8Text(buffer)
            #expect(latin.appendBoundaries(of: view, in: 0..<4, to: &boundaries))
            #expect(!latin.appendBoundaries(of: view, in: 5..<11, to: &boundaries))
            #expect(latin.appendBoundaries(of: view, in: 12..<16, to: &boundaries))
        }
        #expect(boundaries == [7, 9, 4, 16])
    }

    /// Compares chunk boundaries and whole tokenizations; returns how many chunks the fast
    /// path handled so a vacuous pass would show.
    static func compare(_ texts: [String]) throws {
        let breaker = try WordBreaker(locale: "de")
        var latin = LatinWordSegmenter()
        var fastBoundaries: [Int32] = []
        var icuBoundaries: [Int32] = []
        var accepted = 0
        var chunks = 0
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let view = UTF8Text(buffer)
                var i = 0
                while i < bytes.count {
                    while i < bytes.count, ScalarClass.of(view.scalar(at: i).value) == .whitespace {
                        i += view.scalar(at: i).length
                    }
                    var j = i
                    while j < bytes.count, ScalarClass.of(view.scalar(at: j).value) != .whitespace {
                        j += view.scalar(at: j).length
                    }
                    guard j > i else { break }
                    chunks += 1
                    fastBoundaries.removeAll()
                    icuBoundaries.removeAll()
                    if latin.appendBoundaries(of: view, in: i..<j, to: &fastBoundaries) {
                        accepted += 1
                        breaker.appendBoundaries(of: buffer, in: i..<j, to: &icuBoundaries)
                        #expect(fastBoundaries == icuBoundaries,
                                "chunk \(String(decoding: bytes[i..<j], as: UTF8.self).debugDescription)")
                    }
                    i = j
                }
            }
        }
        #expect(accepted > chunks / 2, "the fast path handled only \(accepted) of \(chunks) chunks")

        for convention in Convention.allCases {
            let fast = try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: true).makeSession()
            let icu = try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: false).makeSession()
            for text in texts {
                var a = Document(text: text)
                var b = Document(text: text)
                fast.tokenize(&a)
                icu.tokenize(&b)
                #expect(a.tokens == b.tokens, "tokens differ [\(convention)] in \(text.prefix(80).debugDescription)")
            }
        }
    }
}
