import Lesart
import Testing
import TestSupport

/// The whole pipeline on random texts: German words, names, cue verbs, negators and
/// punctuation in random order, and random Unicode. Nothing may crash, and every index a
/// stage writes must point where it should.
@Suite("Pipeline on random text")
struct PipelinePropertyTests {
    /// Pieces that make the entity and stance stages fire in odd places.
    static let pieces = [
        "Moskau", "Russland", "Russlands", "der", "die", "den", "dem", "Iran", "Kreml", "EU-Beitritt", "russische",
        "unterstützt", "droht", "kritisiert", "liefert", "wird", "von", "nicht", "mehr", "keine", "Unterstützung",
        "sagte", "zufolge", "und", "oder", "weder", "noch", "zwischen", "Es", "Das", "Land", "sich", "ab", "an",
        "Putin", "Selenskyj", "NATO", "Ukraine", "Kiew", ",", ".", "!", "?", ":", "-", "–", "„", "“", "(", ")",
        "\n", "\n\n", "3.", "z. B.", "Dr.", "🇺🇦", "😀", "#Ukraine", "@kreml", "https://example.org/a.b",
    ]

    static func randomText(seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        if seed % 5 == 0 { return RandomText.make(using: &generator) }
        let count = Int(generator.next() % 60)
        return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
    }

    @Test("random texts: no crash; entities, stances and sentences index valid tokens")
    func invariants() throws {
        let session = try Pipeline.german().makeSession()
        for seed in UInt64(1)...400 {
            let text = Self.randomText(seed: seed)
            let document = try session.annotate(text: text)
            let problems = InvariantChecker.violations(in: document, requireSentences: true)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(3)) in \(text.debugDescription)")
            var previousEnd = 0
            for entity in document.entities {
                #expect(entity.firstToken < entity.endToken && Int(entity.endToken) <= document.tokens.count,
                        "seed \(seed): entity out of range")
                #expect(Int(entity.firstToken) >= previousEnd, "seed \(seed): entities overlap or are out of order")
                previousEnd = Int(entity.endToken)
            }
            for stance in document.stances {
                #expect(Int(stance.holder) < document.entities.count && Int(stance.target) < document.entities.count,
                        "seed \(seed): stance refers to a missing entity")
                #expect(Int(stance.sentence) < document.sentences.count, "seed \(seed): stance sentence out of range")
                guard Int(stance.sentence) < document.sentences.count else { continue }
                let sentence = document.sentences[Int(stance.sentence)].tokenRange
                #expect(stance.cueFirstToken < stance.cueEndToken
                        && sentence.contains(Int(stance.cueFirstToken)) && Int(stance.cueEndToken) <= sentence.upperBound,
                        "seed \(seed): cue outside its sentence in \(text.debugDescription)")
                #expect(stance.holder != stance.target, "seed \(seed): holder is its own target")
            }
        }
    }
}
