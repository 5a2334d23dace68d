import Lesart
import Testing
import TestSupport
@testable import LesartStance

/// A phrase cue's companions are looked for in its clause; the set of the clause's first
/// bytes (``StanceScan/initials(of:)``) rules most of them out without a scan.
@Suite("Phrase companions")
struct PhraseCompanionTests {
    static let texts = [
        "Die EU verhängte Sanktionen gegen Russland und leistete der Ukraine Unterstützung.",
        "Das Ölembargo gegen den Iran, Über-Lieferungen und „Waffen“ – Schulter an Schulter.",
        "Sie gab grünes Licht: 3 Panzer, 5 Drohnen; sanktionen, SANKTIONEN, s, S.",
    ]
    static let words = ["Sanktion", "Sanktionen", "sanktion", "SANKTION", "Krieg", "Licht", "grünes", "Ölembargo",
                        "Über", "Waffen", "„", "Schulter", "3", "S", "s", "", "Unterstützung", "Seite", "Rücken", "zur"]

    @Test("the initials never rule out a word the clause holds", arguments: texts)
    func sameAnswer(_ text: String) throws {
        let document = try StancePipeline.analyse(text)
        let lexicon = StancePipeline.detector.lexicon
        document.utf8.withUnsafeBufferPointer { bytes in
            var ids: [Int32] = []
            document.tokens.withUnsafeBufferPointer { lexicon.wordTable.ids(of: $0, in: bytes, into: &ids) }
            var scan = StanceScan(lexicon: lexicon, bytes: bytes, tokens: document.tokens, sentences: document.sentences,
                                  entities: document.entities, names: EntityNames(document), tracing: false, wordIDs: ids)
            scan.prepare()
            // Every span of tokens as a clause, not only the clauses the scan would cut.
            let n = document.tokens.count
            for start in 0..<n {
                for end in (start + 1)...n {
                    let clause = Clause(start: start, end: end)
                    let initials = scan.initials(of: clause)
                    for word in Self.words {
                        #expect(scan.hasWord(word, in: clause, initials: initials) == scan.hasWord(word, in: clause),
                                "\(word) in tokens \(start)..<\(end) of \(text)")
                    }
                }
            }
        }
    }
}
