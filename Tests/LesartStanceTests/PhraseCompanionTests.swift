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
        withPreparedScan(of: document) { scan in
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

    @Test("a cue form's companion initials are those of its entry's companions")
    func companionInitials() {
        let lexicon = StancePipeline.detector.lexicon
        var phrases = 0
        for list in lexicon.formLists {
            for form in list {
                let entry = lexicon.cues[Int(form.cue)]
                #expect(form.companionInitials == CueForm.initials(of: entry.companions), "\(entry.lemma)")
                if entry.kind == .phrase, form.companionInitials != 0 { phrases += 1 }
            }
        }
        #expect(phrases > 0)
        #expect(CueForm.initials(of: []) == 0)
        #expect(CueForm.initials(of: ["", "Rücken", "rücken", "Über"]) == 1 << UInt64(UInt8(ascii: "R") & 63)
            | 1 << UInt64(UInt8(ascii: "r") & 63) | 1 << UInt64(0xC3 & 63))
    }

    @Test("a sentence without a name inside a compound has no cue embedded in a name", arguments: texts + [
        "Die Gegner des EU-Beitritts kritisieren die US-Sanktionen gegen Russland.",
        "Moskau verurteilt die Nato-Osterweiterung, Kiew begrüßt die EU-Hilfen.",
    ])
    func embeddedNames(_ text: String) throws {
        let document = try StancePipeline.analyse(text)
        withPreparedScan(of: document) { scan in
            var embedded = 0
            for sentence in document.sentences {
                let range = sentence.tokenRange
                let words = scan.sentenceWords(range)
                for start in range {
                    for end in (start + 1)...range.upperBound {
                        var all: [CueOccurrence] = []
                        var flagged: [CueOccurrence] = []
                        scan.cues(in: Clause(start: start, end: end), embeddedNames: true, into: &all)
                        scan.cues(in: Clause(start: start, end: end), embeddedNames: words.hasEmbeddedName, into: &flagged)
                        embedded += all.filter { $0.embedded != nil }.count
                        #expect(all.map { [Int($0.cue), $0.token, $0.end, $0.embedded ?? -1] }
                            == flagged.map { [Int($0.cue), $0.token, $0.end, $0.embedded ?? -1] }, "\(start)..<\(end) of \(text)")
                    }
                }
            }
            #expect(text.contains("EU-") == (embedded > 0))
        }
    }
}
