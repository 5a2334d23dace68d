import LesartCore

/// Finding cues in a clause: word forms of the lexicon, separable verbs with their
/// particle, phrases with their companions, compound heads.
extension StanceScan {
    /// The cues of a clause: listed forms (a separable verb's finite form only with its
    /// particle at the clause end; a phrase only with its other words) and nouns as the
    /// head of a compound ("Waffenlieferungen"), after the cues embedded in names if the
    /// sentence has such a name (`embeddedNames`, ``SentenceWords/hasEmbeddedName``).
    func cues(in clause: Clause, embeddedNames: Bool, into result: inout [CueOccurrence]) {
        result.clearKeepingCapacity()
        // The clause's last word and passive auxiliary, found at its first cue form.
        var frame: (lastWord: Int?, passiveAuxiliary: Int?)? = nil
        // The first bytes of its tokens, found at its first phrase form.
        var initials: UInt64? = nil
        if embeddedNames {
            for i in clause.start..<clause.end where tokens[i].kind == .word && entityAt[i] >= 0 {
                // A name inside a compound whose head is a cue: "des EU-Beitritts", "die US-Sanktionen".
                let entity = entities[Int(entityAt[i])]
                guard entity.form == .part, let hyphen = text(i).lastIndex(of: UInt8(ascii: "-")) else { continue }
                let head = bytes[(hyphen + 1)..<Int(tokens[i].end)]
                guard let listIndex = lexicon.forms.value(for: head),
                      let form = lexicon.formLists[Int(listIndex)].first(where: { $0.kind == .noun }) else { continue }
                var occurrence = CueOccurrence(cue: form.cue, kind: .noun, token: i, end: i + 1)
                occurrence.embedded = Int(entityAt[i])
                result.append(occurrence)
            }
        }
        var i = nextCueCandidate(from: clause.start, before: clause.end)
        while i < clause.end {
            defer { i = nextCueCandidate(from: i + 1, before: clause.end) }
            if let listIndex = cueForms(i) {
                if frame == nil {
                    frame = ((clause.start..<clause.end).last { tokens[$0].kind == .word },
                             firstPassiveAuxiliary(in: clause))
                }
                let (lastWord, passiveAuxiliary) = frame!
                var chosen: CueOccurrence? = nil
                for form in lexicon.formLists[Int(listIndex)] {
                    // A phrase none of whose companions' first bytes begins a token of the clause
                    // lacks one of them (``hasWord(_:in:initials:)``): ruled out before its entry is read.
                    if form.companionInitials != 0 {
                        let clauseInitials = initials ?? self.initials(of: clause)
                        initials = clauseInitials
                        if form.companionInitials & ~clauseInitials != 0 { continue }
                    }
                    let entry = lexicon.cues[Int(form.cue)]
                    var end = i + 1
                    if form.needsParticle {
                        guard let lastWord, lastWord > i, let particle = entry.particle, equals(lastWord, text: particle) else { continue }
                        end = lastWord + 1
                    }
                    if entry.kind == .phrase {
                        let clauseInitials = initials ?? self.initials(of: clause)
                        initials = clauseInitials
                        if !entry.companions.allSatisfy({ hasWord($0, in: clause, initials: clauseInitials) }) { continue }
                    }
                    if entry.isRiskVerb, isRiskUse(after: i, in: clause) { continue }
                    // "in den besetzten Gebieten", "die gelieferten Waffen": a verb form between an
                    // article and its noun is an attribute, not the clause's verb.
                    if entry.kind != .noun, entry.kind != .adj, isAttributiveUse(i, in: clause) { continue }
                    // A noun of strained relations ("Spannungen") is read by the relation rule.
                    if facts(i).relation == .tension { continue }
                    let occurrence = CueOccurrence(cue: form.cue, kind: form.kind, token: i, end: end)
                    // Prefer the infinitive after "zu", Konjunktiv I over the identical 1st
                    // person, and phrases over plain verbs.
                    let afterZu = i > clause.start && isWord(i - 1, .infinitiveMarker)
                    // "wird … unterstützt": the participle, not the identical finite form.
                    let passive = form.kind == .participle && passiveAuxiliary.map { $0 != i } == true
                    // A separable verb whose particle closes the clause is more specific than a
                    // plain verb of the same form ("schoss … ab" is abschießen, not schießen).
                    if chosen == nil || form.kind == .subjunctive || entry.kind == .phrase
                        || (afterZu && form.kind == .infinitive) || passive || form.needsParticle {
                        chosen = occurrence
                    }
                }
                if let chosen { result.append(chosen) }
            } else if let cue = compoundHead(i) {
                result.append(CueOccurrence(cue: cue, kind: .noun, token: i, end: i + 1))
            }
        }
    }

    /// The first token of `clause` of class `passive` ("wird", "wurde"), if any, by the words'
    /// signals through unchecked buffers (each clause with a cue form asks).
    func firstPassiveAuxiliary(in clause: Clause) -> Int? {
        precondition(clause.end <= wordIDs.count, "a clause of the document")
        return wordIDs.withUnsafeBufferPointer { ids in
            lexicon.sentenceSignals.withUnsafeBufferPointer { signals in
                var i = clause.start
                while i < clause.end {
                    let id = ids[i]
                    if id >= 0, signals[Int(id)].contains(.passive) { return i }
                    i &+= 1
                }
                return nil
            }
        }
    }

    /// The first token from `start` on, before `end`, that may be a cue of its own: a word
    /// of no entity that is a cue form, or capitalised and long enough to be headed by a noun
    /// cue (``TokenLookup/compoundHead(of:id:in:lexicon:)``); `end` if none. Every token of
    /// every analysed clause passes here, read through unchecked buffers.
    func nextCueCandidate(from start: Int, before end: Int) -> Int {
        precondition(end <= tokens.count && end <= entityAt.count && end <= wordIDs.count, "a clause of the document")
        return tokens.withUnsafeBufferPointer { tokens in
            entityAt.withUnsafeBufferPointer { entityAt in
                wordIDs.withUnsafeBufferPointer { ids in
                    lexicon.sentenceSignals.withUnsafeBufferPointer { signals in
                        var i = start
                        while i < end {
                            let token = tokens[i]
                            if token.kind == .word, entityAt[i] < 0 {
                                let id = ids[i]
                                if id >= 0, signals[Int(id)].contains(.cueForm) { return i }
                                if token.flags.contains(.capitalized), token.end - token.start >= 9 { return i }
                            }
                            i += 1
                        }
                        return end
                    }
                }
            }
        }
    }

    /// A lowercase verb form right after an article or an attributive word and right before a
    /// capitalised noun: an adjective ("den besetzten Gebieten", "der gelieferten Waffen").
    func isAttributiveUse(_ i: Int, in clause: Clause) -> Bool {
        guard i > clause.start, i + 1 < clause.end, tokens[i].flags.contains(.lowercase),
              tokens[i + 1].kind == .word, tokens[i + 1].flags.contains(.capitalized),
              // The noun may be a common noun the tagger resolved ("des isolierten Landes").
              entityAt[i + 1] < 0 || [.description, .reference].contains(entities[Int(entityAt[i + 1])].form),
              grammar(i + 1).subtracting(.nounLists).isEmpty || grammar(i + 1).contains(.organ) else { return false }
        // An adverb may stand between article and participle ("des international isolierten Landes").
        var before = i - 1
        if before > clause.start, tokens[before].kind == .word, tokens[before].flags.contains(.lowercase),
           cueForms(before) == nil, grammar(before).subtracting(.nounLists).isEmpty, !isNegator(before) {
            before -= 1
        }
        return isDeterminer(before) && !grammar(before).contains(.preposition)
            && !isWord(before, .reflexive)
    }

    /// "droht zu eskalieren" is a risk, not a threat: "drohen" with a zu-infinitive.
    func isRiskUse(after i: Int, in clause: Clause) -> Bool {
        var k = i + 1
        while k + 1 < clause.end {
            if isWord(k, .infinitiveMarker), tokens[k + 1].flags.contains(.lowercase) { return true }
            k += 1
        }
        return false
    }

    /// The first bytes of the tokens of `clause`, as a set of their low six bits: a phrase
    /// form's companions are looked for in its clause, most of them in vain, and a word whose
    /// first byte begins no token needs no scan (``hasWord(_:in:initials:)``).
    func initials(of clause: Clause) -> UInt64 {
        var set: UInt64 = 0
        for i in clause.start..<clause.end where tokens[i].end > tokens[i].start {
            set |= 1 << UInt64(bytes[Int(tokens[i].start)] & 63)
        }
        return set
    }

    /// ``hasWord(_:in:)``, given the ``initials(of:)`` of `clause`.
    func hasWord(_ word: String, in clause: Clause, initials: UInt64) -> Bool {
        if let first = word.utf8.first, initials & (1 << UInt64(first & 63)) == 0 { return false }
        return hasWord(word, in: clause)
    }

    /// Whether the clause holds `word` or a form beginning with it ("Sanktion" in "Sanktionen").
    /// The word's bytes are pinned once for the whole clause, not once per token.
    func hasWord(_ word: String, in clause: Clause) -> Bool {
        precondition(clause.end <= tokens.count, "a clause of the document")
        var word = word
        return word.withUTF8 { w in
            tokens.withUnsafeBufferPointer { tokens in
                (clause.start..<clause.end).contains { i in
                    let start = Int(tokens[i].start)
                    return Int(tokens[i].end) - start >= w.count && bytes[start..<(start + w.count)].elementsEqual(w)
                }
            }
        }
    }

    /// Whether token `i` is the finite part of a separable cue whose particle ends `clause`.
    func isSeparableCuePart(_ i: Int, in clause: Clause) -> Bool {
        guard let list = cueForms(i),
              let last = (clause.start..<clause.end).last(where: { tokens[$0].kind == .word }), last > i else { return false }
        return lexicon.formLists[Int(list)].contains { form in
            form.needsParticle && lexicon.cues[Int(form.cue)].particle.map { equals(last, text: $0) } == true
        }
    }
}
