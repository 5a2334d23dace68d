import LesartCore

/// What one pass over a sentence's tokens tells the scan before any clause is read:
/// whether it can yield a record at all, names an actor, or has a word whose reading
/// needs the previous sentences' subject.
struct SentenceWords {
    /// A cue form, a compound whose head is a noun cue, a relation word, an evaluation word, or a name inside
    /// a compound (its head may be a cue: "EU-Beitritt").
    var hasCue = false
    /// A token of an entity.
    var hasActor = false
    /// Runs of tokens of one entity (two runs: at least two entities).
    var entityRuns = 0
    /// The last token is punctuation other than a comma and no entity's: no enumeration
    /// of actors (``StanceScan/expand(_:in:)``) runs on past the sentence.
    var closedEnd = false
    /// A subject pronoun or description ("es", "das Land"), resolved to the last subject.
    var hasPronoun = false
    /// A pronoun or a possessive ("seine"): the sentence may read ``StanceScan/lastSubject``.
    var readsLastSubject = false
    /// A name inside a compound ("EU-Beitritt"): only such a sentence's clauses are searched
    /// for cues embedded in names (``StanceScan/cues(in:embeddedNames:into:)``).
    var hasEmbeddedName = false
    /// The signals of its words together: the rule families a sentence without their words
    /// cannot fire skip it (``StanceScan/analyse(sentence:_:words:)``).
    var signals: SentenceSignal = []

    /// Whether a record (two different actors) is possible: two actors of its own, a
    /// pronoun or possessive standing for an earlier one, or an actor whose enumeration
    /// may go on past the sentence's end.
    var canRelateActors: Bool {
        readsLastSubject || entityRuns >= 2 || (entityRuns == 1 && !closedEnd)
    }
}

extension StanceScan {
    /// One pass over the tokens of a sentence (``SentenceWords``), reading a byte of each word
    /// (``SentenceSignal``). Compound heads, the one cue that needs suffix probes, are looked
    /// up only when no other cue is found and the answer matters: when the sentence can relate
    /// actors, or for the trace.
    func sentenceWords(_ range: Range<Int>) -> SentenceWords {
        var words = SentenceWords()
        var signals: SentenceSignal = []
        precondition(range.upperBound <= wordIDs.count && range.upperBound <= entityAt.count, "a sentence of the document")
        // Every token of every document passes here, most of them in sentences never analysed:
        // the ids, signals and entities are read through unchecked buffers, in two plain loops.
        wordIDs.withUnsafeBufferPointer { ids in
            lexicon.sentenceSignals.withUnsafeBufferPointer { wordSignals in
                var i = range.lowerBound
                while i < range.upperBound {
                    let id = ids[i]
                    if id >= 0 { signals.formUnion(wordSignals[Int(id)]) }
                    i &+= 1
                }
            }
        }
        entityAt.withUnsafeBufferPointer { entityAt in
            var previousEntity: Int32 = -1
            var i = range.lowerBound
            while i < range.upperBound {
                let entity = entityAt[i]
                if entity >= 0 {
                    words.hasActor = true
                    if entity != previousEntity {
                        words.entityRuns += 1
                        // "die von Russland angegriffene Ukraine": an agent before a participial attribute.
                        if i > range.lowerBound, facts(i - 1).grammar.contains(.agent) { words.hasCue = true }
                    }
                    if entities[Int(entity)].form == .part {
                        words.hasCue = true
                        words.hasEmbeddedName = true
                    }
                }
                previousEntity = entity
                i &+= 1
            }
        }
        words.signals = signals
        if signals.contains(.cue) { words.hasCue = true }
        if signals.contains(.pronoun) {
            words.hasPronoun = true
        } else if signals.contains(.startsGrammarPair), signals.contains(.endsGrammarPair) || endsGrammarPair(range.upperBound) {
            // A pronoun pair ("das Land"), looked for only when no word is a pronoun by itself
            // and words may start and end a pair (the second word may follow the sentence):
            // out of the loop above, which every token passes.
            words.hasPronoun = range.contains { i in
                wordIDs[i] >= 0 && lexicon.sentenceSignals[Int(wordIDs[i])].contains(.startsGrammarPair)
                    && grammarPair(i).contains(.pronoun)
            }
        }
        words.readsLastSubject = words.hasPronoun || signals.contains(.possessive)
        if let last = range.last {
            words.closedEnd = tokens[last].kind == .punctuation && !equals(last, ",") && entityAt[last] < 0
        }
        if !words.hasCue, words.canRelateActors || tracing {
            words.hasCue = range.contains { compoundHead($0) != nil }
        }
        return words
    }

    /// Whether token `i` (if there is one) is a word that may end a two-word grammar key.
    private func endsGrammarPair(_ i: Int) -> Bool {
        i < wordIDs.count && wordIDs[i] >= 0 && lexicon.sentenceSignals[Int(wordIDs[i])].contains(.endsGrammarPair)
    }
}
