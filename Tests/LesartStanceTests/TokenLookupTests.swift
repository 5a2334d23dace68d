import Lesart
import Testing
import TestSupport
@testable import LesartStance

/// The stance stage's lookups of a token beyond its word's facts, made when a rule asks
/// (a 100 MB single-line chunk has millions of tokens, most never read).
@Suite("Token lookup")
struct TokenLookupTests {
    @Test("a compound's noun cue, a two-word grammar key and sentence starts")
    func entries() throws {
        let document = try StancePipeline.analyse("Das Land kritisiert die Panzerlieferungen. Es droht Borsonien.")
        let lexicon = StancePipeline.detector.lexicon
        let ids = document.utf8.withUnsafeBufferPointer { bytes in
            var ids: [Int32] = []
            document.tokens.withUnsafeBufferPointer { lexicon.wordTable.ids(of: $0, in: bytes, into: &ids) }
            return ids
        }
        let words = document.tokens.map { document.text(of: $0) }
        func head(_ i: Int) -> Int32 {
            document.utf8.withUnsafeBufferPointer { TokenLookup.compoundHead(of: document.tokens[i], id: ids[i], in: $0, lexicon: lexicon) }
        }
        func pair(_ i: Int) -> GrammarClass {
            document.utf8.withUnsafeBufferPointer {
                TokenLookup.pairClasses(startingAt: i, tokens: document.tokens, bytes: $0, lexicon: lexicon, wordIDs: ids)
            }
        }
        let kritisiert = try #require(words.firstIndex(of: "kritisiert"))
        #expect(lexicon.words.values[Int(ids[kritisiert])].cueForms != nil)
        // "Panzerlieferungen" is no cue form itself; "Lieferung" heads it.
        let compound = try #require(words.firstIndex(of: "Panzerlieferungen"))
        #expect(ids[compound] < 0 || lexicon.words.values[Int(ids[compound])].cueForms == nil)
        #expect(head(compound) >= 0)
        #expect(head(kritisiert) == -1)
        // A lowercase word, a short one and a cue form have no compound head.
        for word in ["die", "Land", "Borsonien"] {
            let i = try #require(words.firstIndex(of: word))
            let slow = document.utf8.withUnsafeBufferPointer { TokenLookup.compoundHead(of: document.tokens[i].byteRange, in: $0, lexicon: lexicon) }
            #expect(head(i) == (document.tokens[i].flags.contains(.capitalized) ? slow ?? -1 : -1), "\(word)")
        }
        // "Das Land" is a two-word key of grammar.tsv (a description of a state).
        #expect(!pair(0).isEmpty && lexicon.pairClasses.contains(pair(0)))
        #expect(pair(1).isEmpty)
        // Every pair is the classes of the two words joined by a space, as grammar.tsv lists them.
        for i in words.indices {
            let key = i + 1 < words.count ? Array((words[i] + " " + words[i + 1]).utf8) : []
            #expect(pair(i) == (i + 1 < words.count ? lexicon.grammar.value(for: key) ?? [] : []), "\(words[i])")
        }
        withPreparedScan(of: document) { scan in
            #expect(words.indices.filter { scan.sentenceStartToken($0) }.map { words[$0] } == ["Das", "Es"])
        }
    }

    @Test("a word's sentence signals are what its facts say")
    func signals() {
        let lexicon = StancePipeline.detector.lexicon
        #expect(lexicon.sentenceSignals.count == lexicon.words.values.count)
        for (facts, signals) in zip(lexicon.words.values, lexicon.sentenceSignals) {
            #expect(signals.contains(.cue) == (facts.cueForms != nil || facts.relation != nil || facts.evaluation != nil))
            #expect(signals.contains(.pronoun) == !facts.grammar.isDisjoint(with: [.pronoun, .femininePronoun]))
            #expect(signals.contains(.possessive) == facts.grammar.contains(.possessive))
            #expect(signals.contains(.startsGrammarPair) == facts.startsGrammarPair)
            #expect(signals.contains(.endsGrammarPair) == facts.endsGrammarPair)
            #expect(signals.contains(.relation) == (facts.relation != nil))
            #expect(signals.contains(.evaluationVerb) == (facts.grammar.contains(.evaluate) || facts.ruleWords.contains(.regardedVerb)))
            #expect(signals.contains(.reported) == (facts.modality == .reported))
            #expect(signals.contains(.controlVerb) == !facts.grammar.isDisjoint(with: [.accuse, .urge]))
            #expect(signals.contains(.clauseWord) == !facts.grammar.isDisjoint(with: [.coordinator, .subordinator]))
            #expect(signals.contains(.passive) == facts.grammar.contains(.passive))
            #expect(signals.contains(.cueForm) == (facts.cueForms != nil))
        }
    }

    static let texts = [
        "Die Waffenlieferungen an Borsonien gingen weiter, sagte der Minister.",
        "Das Land kritisiert die Panzerlieferungen. Es droht Borsonien. Sie lobte seine Politik.",
        "Die von Russland angegriffene Ukraine wehrt sich. Der EU-Beitritt der Ukraine stockt.",
        "Russland, China und der Iran trafen sich am Montag in Moskau, Peking",
        "Die Regierung verlängerte die Sanktionen gegen Russland, die Frankreich unterstützt.",
        "Ein Treffen in Berlin. Morgen reist der Minister ab. Das Wetter war schön.",
        "Indien bezeichnete Pakistan als Terrorstaat. Die Gruppe gilt in Kanada als Terrororganisation.",
        "Frankreich stärkt die Beziehungen zu Indien. Die Spannungen zwischen Polen und Russland wachsen.",
        "„Wir unterstützen die Ukraine“, sagte Scholz. Macron erklärte, Frankreich liefere Panzer.",
        "Die USA forderten China auf, Russland nicht zu unterstützen. Polen warf Ungarn vor, Russland zu helfen.",
        // A pronoun pair in a sentence without a pronoun word, and one without final punctuation.
        "Dort sagte die Regierung, das Land liefere Borsonien Waffen. Die Regierung lobte das Land",
        "Die Ukraine wird von Borsonien unterstützt, die Waffenlieferungen wurden verurteilt.",
    ]

    /// ``StanceScan/sentenceWords(_:)`` reads a byte per word and looks compound heads up only
    /// when they matter; the reference reads every token's facts and compound head.
    @Test("the sentence filter equals the reading of every token's facts", arguments: texts)
    func sentenceFilter(_ text: String) throws {
        let document = try StancePipeline.analyse(text)
        for tracing in [false, true] {
            withPreparedScan(of: document, tracing: tracing) { scan in
                for sentence in document.sentences where sentence.endToken > sentence.firstToken {
                    let range = sentence.tokenRange
                    let fast = scan.sentenceWords(range)
                    let slow = Self.referenceWords(range, in: scan)
                    #expect(fast.hasActor == slow.hasActor && fast.entityRuns == slow.entityRuns
                            && fast.closedEnd == slow.closedEnd && fast.hasPronoun == slow.hasPronoun
                            && fast.readsLastSubject == slow.readsLastSubject, "\(text)")
                    #expect(fast.canRelateActors == slow.canRelateActors)
                    // The rule families a sentence skips have no word in it.
                    if !fast.signals.contains(.relation) { #expect(!range.contains { scan.facts($0).relation != nil }) }
                    if !fast.signals.contains(.controlVerb) {
                        #expect(!range.contains { !scan.grammar($0).isDisjoint(with: [.accuse, .urge]) })
                    }
                    if !fast.signals.contains(.reported) { #expect(!range.contains { scan.modalityWord($0) == .reported }) }
                    if !fast.signals.contains(.evaluationVerb) {
                        #expect(!range.contains { scan.isListed($0, .evaluate) || scan.isWord($0, .regardedVerb) })
                    }
                    // Whether it has a cue is only asked when it can relate actors, or for the trace.
                    if slow.canRelateActors || tracing { #expect(fast.hasCue == slow.hasCue, "\(text)") }
                }
            }
        }
    }

    /// The clause splitter, the mention finder and the cue finder skip tokens that cannot
    /// matter to them; each skip lands on the first token the plain test accepts.
    @Test("clause candidates, entity tokens, cue candidates and passive auxiliaries are the first that the plain tests accept",
          arguments: texts)
    func candidateScans(_ text: String) throws {
        let document = try StancePipeline.analyse(text)
        withPreparedScan(of: document) { scan in
            let count = document.tokens.count
            for start in 0...count {
                for end in start...count {
                    let clause = (start..<end).first {
                        scan.isPunctuation($0) || !scan.grammar($0).isDisjoint(with: [.coordinator, .subordinator])
                    } ?? end
                    #expect(scan.nextClauseCandidate(from: start, before: end) == clause, "\(text) \(start)..<\(end)")
                    let entity = (start..<end).first { scan.entityAt[$0] >= 0 } ?? end
                    #expect(scan.nextEntityToken(from: start, before: end) == entity, "\(text) \(start)..<\(end)")
                    let cue = (start..<end).first {
                        scan.tokens[$0].kind == .word && scan.entityAt[$0] < 0 && (scan.cueForms($0) != nil
                            || (scan.tokens[$0].flags.contains(.capitalized) && scan.tokens[$0].byteRange.count >= 9))
                    } ?? end
                    #expect(scan.nextCueCandidate(from: start, before: end) == cue, "\(text) \(start)..<\(end)")
                    let passive = (start..<end).first { scan.grammar($0).contains(.passive) }
                    #expect(scan.firstPassiveAuxiliary(in: Clause(start: start, end: end, opener: nil, elided: false)) == passive)
                }
            }
        }
    }

    /// The sentence filter as every token's facts state it.
    static func referenceWords(_ range: Range<Int>, in scan: StanceScan) -> SentenceWords {
        var words = SentenceWords()
        var previousEntity: Int32 = -1
        for i in range {
            let word = scan.facts(i)
            let entity = scan.entityAt[i]
            let startsEntity = entity >= 0 && entity != previousEntity
            if startsEntity { words.entityRuns += 1 }
            if startsEntity, i > range.lowerBound, scan.facts(i - 1).grammar.contains(.agent) { words.hasCue = true }
            previousEntity = entity
            if word.cueForms != nil || scan.compoundHead(i) != nil || word.relation != nil
                || word.evaluation != nil || (entity >= 0 && scan.entities[Int(entity)].form == .part) {
                words.hasCue = true
            }
            if entity >= 0 { words.hasActor = true }
            if word.grammar.contains(.pronoun) || scan.grammarPair(i).contains(.pronoun)
                || word.grammar.contains(.femininePronoun) {
                words.hasPronoun = true
            }
            if word.grammar.contains(.possessive) { words.readsLastSubject = true }
        }
        if words.hasPronoun { words.readsLastSubject = true }
        if let last = range.last {
            words.closedEnd = scan.tokens[last].kind == .punctuation && !scan.equals(last, ",") && scan.entityAt[last] < 0
        }
        return words
    }
}
