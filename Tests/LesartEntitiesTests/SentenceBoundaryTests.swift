import Foundation
import Lesart
import Testing
import TestSupport

/// A mention lies inside one sentence (FuzzPipeline found a listed name across a paragraph
/// break): a match that runs on over a sentence start is dropped and its parts compete alone.
@Suite("Mentions stay inside their sentence")
struct SentenceBoundaryTests {
    /// Every mention of `text` (with the test gazetteer, or the bundled one), and whether
    /// each lies in one sentence.
    static func tagged(_ text: String, bundled: Bool = false) throws -> (mentions: [String], insideSentences: Bool) {
        var document = Document(text: text)
        let tokenizer = bundled ? BundledGazetteer.shared.tokenizer : TestGazetteer.shared.tokenizer
        try tokenizer.makeSession().tokenize(&document)
        SentenceSplitter(profile: Fixtures.german).split(&document)
        let tagger = bundled ? EntityTagger(gazetteer: BundledGazetteer.shared.gazetteer) : TestGazetteer.shared.tagger
        tagger.tag(&document)
        let inside = document.entities.allSatisfy { entity in
            document.sentences.contains { $0.firstToken <= entity.firstToken && entity.endToken <= $0.endToken }
        }
        return (document.entities.map { document.text(of: $0) }, inside)
    }

    @Test("a listed name across a paragraph break is no mention; inside a sentence it is one")
    func acrossParagraphBreak() throws {
        let listed = try Self.tagged("Es sprach Wladimir\n\nPutin kam spät.")
        #expect(listed.insideSentences)
        #expect(listed.mentions == ["Putin"])
        let bundled = try Self.tagged("Es sprach Olaf\n\nScholz kam spät.", bundled: true)
        #expect(bundled.insideSentences)
        #expect(!bundled.mentions.contains("Olaf\n\nScholz"))
        // The same words inside one sentence stay one mention.
        #expect(try Self.tagged("Es sprach Wladimir Putin.").mentions == ["Wladimir Putin"])
        #expect(try Self.tagged("Es sprach Olaf Scholz.", bundled: true).mentions == ["Olaf Scholz"])
    }

    @Test("the input FuzzPipeline found (its invalid bytes repaired to U+FFFD), with the bundled gazetteer")
    func fuzzInput() throws {
        let found = try Self.tagged("Boris Rhei\u{FFFD}/PER/name/Boris\n\n Rhein\u{2192}Bor\u{FFFD}is Rh.\u{0}n", bundled: true)
        #expect(found.insideSentences)
        #expect(!found.mentions.contains { $0.contains("\n") })
    }
}
