import LesartCore
import LesartTokenization

/// One document's pass of the ``StanceDetector``: sentence by sentence, clauses, cues,
/// argument slots, evidence, records. Keeps the last subject for pronoun resolution.
struct StanceScan {
    let lexicon: StanceLexicon
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let sentences: [Sentence]
    let entities: [Entity]
    /// Actors and canonical names of the entities.
    let names: EntityNames
    let tracing: Bool
    var trace: [String] = []
    /// Per token, the entity covering it, or -1.
    var entityAt: [Int32] = []
    /// Per token, whether it opens a sentence.
    var opensSentence: [Bool] = []
    /// Entity index of the last sentence's subject (antecedent of `es`, `das Land`).
    var lastSubject: Int?
    /// Entity index of the last subject that can stand for a state (antecedent of `das
    /// Land`, `die Regierung`): no organisation or group acting for itself.
    var lastState: Int?
    /// Entity index of the current sentence's speaker ("…, sagte Scholz"), the holder for
    /// "wir" in a quote.
    var speaker: Int?
    /// End of the current sentence's dateline ("Teheran –", "Kinshasa/Goma (AFP) –"), whose
    /// places are where the news was filed, not actors of the sentence; the sentence start if none.
    var datelineEnd = 0
    var records: [Stance] = []
    /// The tokens' ids in the lexicon's word table (-1 for a word it does not know).
    let wordIDs: [Int32]
    /// Reused by every analysed sentence.
    var buffers = SentenceBuffers()
    /// The cues of the clause whose cues are being processed.
    var clauseCues: [CueOccurrence] = []

    init(lexicon: StanceLexicon, bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
         entities: [Entity], names: EntityNames, tracing: Bool, wordIDs: [Int32]) {
        self.lexicon = lexicon
        self.wordIDs = wordIDs
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.names = names
        self.tracing = tracing
    }

    /// The per-token tables the sentences are read with: ``entityAt`` and ``opensSentence``.
    /// They may hold a former document's tables (``StanceWorkspace``): refilled in place.
    mutating func prepare() {
        entityAt.removeAll(keepingCapacity: true)
        entityAt.append(contentsOf: repeatElement(-1, count: tokens.count))
        // Written through one buffer, not with a uniqueness check at every entity token.
        entityAt.withUnsafeMutableBufferPointer { entityAt in
            for (index, entity) in entities.enumerated() {
                let range = entity.tokenRange
                precondition(range.lowerBound >= 0 && range.upperBound <= entityAt.count, "an entity of the document's tokens")
                for t in range { entityAt[t] = Int32(index) }
            }
        }
        opensSentence.removeAll(keepingCapacity: true)
        opensSentence.append(contentsOf: repeatElement(false, count: tokens.count))
        opensSentence.withUnsafeMutableBufferPointer { opensSentence in
            for sentence in sentences where Int(sentence.firstToken) < opensSentence.count {
                opensSentence[Int(sentence.firstToken)] = true
            }
        }
    }

    mutating func run() -> [Stance] {
        prepare()
        // Sentences without a cue yield no record; only their subjects matter, as the
        // antecedent of a later pronoun, so their analysis waits until a pronoun needs it.
        // Nor does a sentence that cannot name two different actors. `explain` takes the same
        // path: what it shows firing is what `annotate` emits.
        var waiting: [(range: Range<Int>, words: SentenceWords)] = []
        for (index, sentence) in sentences.enumerated() where sentence.endToken > sentence.firstToken {
            let range = sentence.tokenRange
            let words = sentenceWords(range)
            if words.hasCue && words.canRelateActors {
                if words.readsLastSubject {
                    for earlier in waiting { analyseSubjects(earlier.range, words: earlier.words) }
                    waiting.clearKeepingCapacity()
                }
                analyse(sentence: index, range, words: words)
                // Its actors replace the last subject (it read the one before if it had to).
                if words.hasActor { waiting.clearKeepingCapacity() }
            } else {
                if tracing {
                    note("sentence \(index): \(textString(range))")
                    note("  not analysed: " + (words.hasCue ? "it cannot name two different actors" : "no cue word"))
                }
                guard words.hasActor else { continue }
                // Without a pronoun its subjects do not depend on the sentences before.
                if !words.hasPronoun { waiting.clearKeepingCapacity() }
                waiting.append((range, words))
            }
        }
        return records
    }

    // MARK: Words

    func text(_ i: Int) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[tokens[i].byteRange] }

    func textString(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
    }

    /// Whether token `i` is `word` (a lexicon's word; ``equals(_:_:)`` takes the rules' literals).
    @inline(__always) func equals(_ i: Int, text word: String) -> Bool {
        let token = tokens[i]
        return Int(token.end - token.start) == word.utf8.count && startsWith(token, word)
    }

    /// Whether token `i` is the literal `word` ("," "/" "–"): its bytes are static, so the test
    /// needs no String and no reference counting (the rules test punctuation at every turn).
    @inline(__always) func equals(_ i: Int, _ word: StaticString) -> Bool {
        let token = tokens[i]
        let count = word.utf8CodeUnitCount
        guard Int(token.end - token.start) == count else { return false }
        let start = Int(token.start)
        let w = word.utf8Start
        for k in 0..<count where bytes[start + k] != w[k] { return false }
        return true
    }

    /// Whether the bytes of `token` begin with those of `word`.
    func startsWith(_ token: Token, _ word: String) -> Bool {
        guard Int(token.end - token.start) >= word.utf8.count else { return false }
        var word = word
        return word.withUTF8 { w in
            var k = Int(token.start)
            for byte in w {
                if bytes[k] != byte { return false }
                k += 1
            }
            return true
        }
    }

    /// Whether token `i`, as written, is a word of rule-word class `c` (`rule-words.tsv`).
    @inline(__always) func isWord(_ i: Int, _ c: RuleWordClass) -> Bool { facts(i).ruleWords.contains(c) }

    /// Whether token `i`, as written, is a word of any of the classes `c`.
    @inline(__always) func isWord(_ i: Int, anyOf c: RuleWordClass) -> Bool { !facts(i).ruleWords.isDisjoint(with: c) }

    /// A name that takes `die` in the nominative ("die Ukraine", "die NATO"): listed in
    /// `grammar.tsv` or ending like a feminine noun (`feminine-endings.txt`: -e, -ung, -schaft …).
    func isFeminineName(_ entity: Int) -> Bool {
        let last = Int(entities[entity].endToken) - 1
        if grammar(last).contains(.feminine) { return true }
        let word = text(last)
        let endings = lexicon.ruleWords.feminineEndings
        // ASCII: a suffix of characters is a suffix of bytes.
        if word.allSatisfy({ $0 < 0x80 }) {
            return endings.contains { word.reversed().starts(with: $0.utf8.reversed()) }
        }
        let w = String(decoding: word, as: UTF8.self)
        return endings.contains { w.hasSuffix($0) }
    }

    /// Grammar classes of token `i`, also for its sentence-initial capitalised form.
    func grammar(_ i: Int) -> GrammarClass { facts(i).grammar }

    /// Whether token `i` is a word of `list`, one of ``GrammarClass/ruleLists``, as written:
    /// lowercase, not a capitalised word with the classes of its lowercase form.
    func isListed(_ i: Int, _ list: GrammarClass) -> Bool { tokens[i].flags.contains(.lowercase) && grammar(i).contains(list) }

    /// Grammar classes of the two-word sequence at `i` ("das Land").
    func grammarPair(_ i: Int) -> GrammarClass {
        TokenLookup.pairClasses(startingAt: i, tokens: tokens, bytes: bytes, lexicon: lexicon, wordIDs: wordIDs)
    }

    /// What the lexicons say of token `i` as written (empty facts for an unknown word).
    @inline(__always) func facts(_ i: Int) -> WordFacts {
        let id = wordIDs[i]
        return id >= 0 ? lexicon.words.values[Int(id)] : WordFacts()
    }

    /// The noun cue heading token `i` as a compound, if any (``TokenLookup/compoundHead(of:id:in:lexicon:)``).
    @inline(__always) func compoundHead(_ i: Int) -> Int32? {
        let cue = TokenLookup.compoundHead(of: tokens[i], id: wordIDs[i], in: bytes, lexicon: lexicon)
        return cue >= 0 ? cue : nil
    }

    /// Index of the cue-form list of token `i` in the lexicon, if it is a cue form.
    func cueForms(_ i: Int) -> Int32? { facts(i).cueForms }

    /// Whether token `i` is a negator (`nicht`, `kein`, `nie` …).
    func isNegator(_ i: Int) -> Bool { facts(i).isNegator }

    /// Whether token `i` ends a relation (`stoppt`, `eingefroren` …).
    func isCessation(_ i: Int) -> Bool { facts(i).isCessation }

    /// The modality token `i` signals, if any.
    func modalityWord(_ i: Int) -> StanceModality? { facts(i).modality }

    func isPunctuation(_ i: Int) -> Bool { tokens[i].kind == .punctuation }

    /// A lowercase word that can stand between a determiner and its noun (an adjective).
    func isAttributiveWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.flags.contains(.lowercase), grammar(i).subtracting(.ruleLists).isEmpty,
              !isNegator(i) else { return false }
        let w = text(i)
        return w.last == UInt8(ascii: "e") || w.last == UInt8(ascii: "n") || w.last == UInt8(ascii: "r")
            || w.last == UInt8(ascii: "s") || w.last == UInt8(ascii: "m")
    }

    /// Whether token `i` ends in "-en", as weak adjectives, plurals and infinitives do.
    func endsInEn(_ i: Int) -> Bool { text(i).suffix(2).elementsEqual("en".utf8) }

    /// Adds a line to the trace; call it under `if tracing` so no text is built otherwise.
    mutating func note(_ line: String) {
        trace.append(line)
    }
}
