import LesartCore

/// Clause segmentation and the mentions of each clause.
extension StanceScan {
    /// Splits a sentence into clauses at commas, semicolons, colons, dashes and brackets,
    /// and before subordinators; a comma inside an enumeration of actors does not split.
    func clauses(in range: Range<Int>, into result: inout [Clause]) {
        result.clearKeepingCapacity()
        var start = range.lowerBound
        var opener: Int? = nil
        var i = range.lowerBound
        var elided = false
        func close(_ end: Int) {
            if end > start { result.append(Clause(start: start, end: end, opener: opener, elided: elided)) }
        }
        while true {
            i = nextClauseCandidate(from: i, before: range.upperBound)
            guard i < range.upperBound else { break }
            let t = tokens[i]
            if t.kind == .punctuation, isClauseBoundary(i, in: range) {
                close(i)
                start = i + 1
                opener = nil
                // "…, unterstützt Moskau aber mit Elektronik": a verb first and a continuing adverb soon after.
                elided = i + 2 < range.upperBound && isFiniteVerb(i + 1)
                    && (i + 2..<min(range.upperBound, i + 6)).prefix { !isPunctuation($0) }
                        .contains { grammar($0).contains(.continuation) }
            } else if t.kind == .word, i > start, i + 1 < range.upperBound, grammar(i).contains(.coordinator),
                      isFiniteVerb(i + 1) {
                // "X kritisiert Israel und unterstützt die Hamas": a second clause with the same subject.
                close(i)
                start = i + 1
                opener = nil
                elided = true
            } else if t.kind == .word, i == start, grammar(i).contains(.subordinator),
                      !(isWord(i, .purpose) && !hasZuInfinitive(after: i, before: range.upperBound)) {
                // German subordinate clauses follow a comma: a subordinator opens a clause at its start.
                opener = i
            }
            i += 1
        }
        close(range.upperBound)
    }

    /// The first token from `start` on, before `end`, where ``clauses(in:into:)`` may split:
    /// punctuation, or a word of class `coordinator` or `subordinator` (``SentenceSignal/clauseWord``);
    /// `end` if none. Every token of every read sentence passes here, read through unchecked buffers.
    func nextClauseCandidate(from start: Int, before end: Int) -> Int {
        precondition(end <= tokens.count && end <= wordIDs.count, "a sentence of the document")
        return tokens.withUnsafeBufferPointer { tokens in
            wordIDs.withUnsafeBufferPointer { ids in
                lexicon.sentenceSignals.withUnsafeBufferPointer { signals in
                    var i = start
                    while i < end {
                        if tokens[i].kind == .punctuation { return i }
                        let id = ids[i]
                        if id >= 0, signals[Int(id)].contains(.clauseWord) { return i }
                        i &+= 1
                    }
                    return end
                }
            }
        }
    }

    /// The first token from `start` on, before `end`, of an entity; `end` if none. Read
    /// through an unchecked buffer: every token of every clause passes here.
    func nextEntityToken(from start: Int, before end: Int) -> Int {
        precondition(end <= entityAt.count, "a clause of the document")
        return entityAt.withUnsafeBufferPointer { entityAt in
            var i = start
            while i < end, entityAt[i] < 0 { i &+= 1 }
            return i
        }
    }

    /// Punctuation that ends a clause; a comma between two actors of an enumeration does not.
    func isClauseBoundary(_ i: Int, in range: Range<Int>) -> Bool {
        let w = text(i)
        guard let b = w.first else { return false }
        switch b {
        case UInt8(ascii: ","):
            let before = i - 1 >= range.lowerBound && entityAt[i - 1] >= 0
            var next = i + 1
            if let end = coordinatorEnd(startingAt: i), end > i + 1 { next = end }
            while next < range.upperBound, grammar(next).contains(.objective) || isDeterminer(next) { next += 1 }
            let after = next < range.upperBound && entityAt[next] >= 0
            if !before, continuesNounEnumeration(afterComma: i, in: range) { return false }
            guard before && after else { return true }
            // "Warschau kritisiert Berlin, Berlin kritisiert Warschau": a finite verb after the
            // second actor starts a new clause.
            let afterEnd = Int(entities[Int(entityAt[next])].endToken)
            if coordinatorEnd(startingAt: i) == i + 1, afterEnd < range.upperBound, isFiniteVerb(afterEnd) { return true }
            // "beschuldigte die Türkei, Rebellen zu bewaffnen": a zu-infinitive right after the
            // second actor opens an infinitive clause, no enumeration.
            if coordinatorEnd(startingAt: i) == i + 1, afterEnd + 1 < range.upperBound,
               hasZuInfinitive(after: afterEnd - 1, before: min(range.upperBound, afterEnd + 3)),
               !(afterEnd..<min(range.upperBound, afterEnd + 3)).contains(where: { equals($0, ",") || entityAt[$0] >= 0 }) {
                return true
            }
            // "den Iran, der Russland Drohnen liefert": a relative pronoun, not an article of an
            // enumeration ("den Iran, den Irak und Syrien"), opens a clause.
            if next > i + 1, isRelativePronoun(i + 1) || grammar(i + 1).contains(.objectRelative) {
                // Pronoun and article ("das die Ukraine bedroht") can only open a clause.
                if next > i + 2 { return true }
                let end = Int(entities[Int(entityAt[next])].endToken)
                return !(end >= range.upperBound || coordinatorEnd(startingAt: end) != nil || isPunctuation(end))
            }
            return false
        case UInt8(ascii: ";"), UInt8(ascii: ":"):
            return true
        case 0xE2:  // – — „ “
            return w.count == 3 && w.dropFirst().first == 0x80 && [0x93, 0x94].contains(w.last!)
        case UInt8(ascii: "-"):
            return i > range.lowerBound && tokens[i - 1].flags.contains(.spaceAfter)
        default:
            return false
        }
    }

    /// A comma between common nouns of an enumeration: "für die Vorbereitung, Ausrüstung und
    /// logistische Unterstützung der Streitkräfte" is one phrase. The noun before the comma,
    /// then adjectives, a noun, and a coordinator or another comma.
    func continuesNounEnumeration(afterComma i: Int, in range: Range<Int>) -> Bool {
        func isNoun(_ k: Int) -> Bool {
            tokens[k].kind == .word && tokens[k].flags.contains(.capitalized) && entityAt[k] < 0
                && grammar(k).subtracting(.nounLists).isEmpty && !sentenceStartToken(k)
        }
        guard i - 1 > range.lowerBound, isNoun(i - 1) else { return false }
        var k = i + 1
        while k < range.upperBound, k - i <= 3, isAttributiveWord(k), !isFiniteVerb(k) { k += 1 }
        guard k + 1 < range.upperBound, isNoun(k) else { return false }
        return grammar(k + 1).contains(.coordinator) || equals(k + 1, ",")
    }

    /// Whether a zu-infinitive follows before `limit` ("um … zu erobern", "um … aufzubauen").
    func hasZuInfinitive(after i: Int, before limit: Int) -> Bool {
        var k = i + 1
        while k < limit {
            if isWord(k, .infinitiveMarker), k + 1 < limit, tokens[k + 1].flags.contains(.lowercase) { return true }
            let w = text(k)
            // A separable verb's zu-infinitive: "aufzubauen", "entgegenzuwirken".
            if tokens[k].flags.contains(.lowercase), w.count > 7, endsInEn(k),
               hasInnerZu(k, margin: 5) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether "zu" stands inside token `i` from its third byte to `margin` bytes before
    /// its end ("aufzubauen", "zuzusagen").
    func hasInnerZu(_ i: Int, margin: Int) -> Bool {
        let w = text(i)
        guard w.count > margin + 2 else { return false }
        return (2..<(w.count - margin)).contains { w[w.startIndex + $0] == 0x7A && w[w.startIndex + $0 + 1] == 0x75 }
    }

    /// Whether token `i` opens its sentence.
    func sentenceStartToken(_ i: Int) -> Bool { opensSentence[i] }

    /// Articles and other determiners (class `determiner` in grammar.tsv).
    func isDeterminer(_ i: Int) -> Bool { grammar(i).contains(.determiner) }

    /// Walks left from the name of `entity` (index `index`) through the noun phrase it stands in:
    /// articles, adjectives, heads it is the genitive or apposition of, organs' "von", place
    /// attributes; stops at the word that governs the phrase (``MentionWalk``).
    func walkLeft(from entity: Entity, index: Int, in clause: Clause) -> MentionWalk {
        var w = MentionWalk(k: Int(entity.firstToken) - 1)
        while w.k >= clause.start, w.steps < 6, tokens[w.k].kind == .word, !isWord(w.k, .like) {
            let apposition = w.k + 1 == Int(entity.firstToken)
            if isPossessionHead(w.k, after: apposition ? nil : w.k + 1) {
                w.possessed = true
                if !apposition || isGenitiveForm(of: index) { w.organsOnly = w.organsOnly && grammar(w.k).contains(.organ) }
                // The article of the genitive ("der EU") marks the name's case inside the phrase;
                // the phrase's own case is marked before its head ("Der Vertreter der EU").
                w.objective = false
                w.k -= 1
                w.steps += 1
            } else if isDeterminer(w.k) || isAttributiveWord(w.k) || grammar(w.k).contains(.possessive) {
                if grammar(w.k).contains(.objective) { w.objective = true }
                // "der Ukraine": "der" before a feminine name is dative (or genitive).
                if w.k == Int(entity.firstToken) - 1, entity.form == .name, isWord(w.k, .feminineOblique), isFeminineName(index) {
                    w.objective = true
                }
                w.k -= 1
                w.steps += 1
            } else if entityAt[w.k] >= 0, entities[Int(entityAt[w.k])].form == .derived, tokens[w.k].flags.contains(.lowercase),
                      Int(entities[Int(entityAt[w.k])].endToken) == w.k + 1 {
                // A demonym adjective of the phrase: "nach dem Verzicht der österreichischen Regierung".
                w.k -= 1
                w.steps += 1
            } else if entityAt[w.k] >= 0 {
                // An agent inside the attribute: "der von Russland geführten Organisation".
                let inner = entities[Int(entityAt[w.k])]
                let before = Int(inner.firstToken) - 1
                guard before >= clause.start, isWord(before, .by)
                else { break }
                w.k = before - 1
                w.steps += 2
            } else if isWord(w.k, .by), w.k - 1 >= clause.start, tokens[w.k - 1].flags.contains(.capitalized),
                      entityAt[w.k - 1] < 0, grammar(w.k - 1).contains(.organ) {
                // "die Fundamentalisten von Boko Haram", "die Regierung von Präsident X": an
                // organ's "von" names whom it acts for, as a genitive does.
                w.possessed = true
                w.objective = false
                w.k -= 2
                w.steps += 2
            } else if let skip = placeAttributeSkip(at: w.k, clauseStart: clause.start) {
                // "Anschläge auf Polizisten in der Osttürkei": the place names the state the
                // noun's referent is part of; the phrase's preposition governs it.
                w.possessed = true
                // "die Regierung in Tripolis" acts for the place's state.
                if !grammar(w.k - skip + 1).contains(.organ) { w.organsOnly = false }
                w.objective = false
                w.k -= skip
                w.steps += skip
            } else {
                break
            }
        }
        return w
    }

    /// The mentions that start inside a clause, with their prepositions and case marks.
    func mentions(in clause: Clause, into result: inout [Mention]) {
        result.clearKeepingCapacity()
        var i = min(max(clause.start, datelineEnd), clause.end)
        while true {
            i = nextEntityToken(from: i, before: clause.end)
            guard i < clause.end else { break }
            defer { i += 1 }
            guard !result.contains(where: { $0.entity == Int(entityAt[i]) }) else { continue }
            let index = Int(entityAt[i])
            let entity = entities[index]
            let walk = walkLeft(from: entity, index: index, in: clause)
            let k = walk.k
            var objective = walk.objective
            let possessed = walk.possessed
            let organsOnly = walk.organsOnly
            let end = Int(entity.endToken)
            // The source of a report ("Dem Kreml zufolge", "nach Angaben Südkoreas") is no
            // argument: it is kept as if governed by a preposition.
            // "nach Angaben Südkoreas" is a source; "nach eigenen Angaben Stellungen der Hisbollah"
            // is not: the name stands in a phrase of its own.
            // A lowercase source word that is no preposition ("zufolge") follows its source:
            // "Berichten zufolge nehmen sie teil" leaves "sie" unmarked.
            let postposition = k >= clause.start && tokens[k].flags.contains(.lowercase) && !grammar(k).contains(.preposition)
            var preposition = k >= clause.start && (grammar(k).contains(.preposition) || (grammar(k).contains(.source) && !possessed && !postposition))
                && tokens[k].kind == .word && k != clause.opener ? k : nil
            if end < clause.end, tokens[end].kind == .word, grammar(end).contains(.source) { preposition = end }
            if let preposition, isWord(preposition, .demContraction) {
                objective = true
            }
            let attributive = isAttributive(entity, end: end)
            let coordinated = isLaterConjunct(entity, in: clause)
            // Examples after "wie" attach to a noun ("Mächten wie China"): not a subject.
            if k >= clause.start, isWord(k, .like) { objective = true }
            let genitiveAttribute = isGenitiveAttribute(entity, in: clause)
            // "von Russland geführten Organisation": an agent inside an attribute.
            let insideAttribute = preposition != nil && isAttributeAfter(end, in: clause)
            // "Die Arbeiterpartei Kurdistans (PKK) griff … an": a name in brackets right after
            // another of the same actor repeats it; it is no argument of its own.
            let first = Int(entity.firstToken)
            if first >= clause.start + 2, isPunctuation(first - 1), text(first - 1).first == UInt8(ascii: "("),
               result.contains(where: { $0.end == first - 1 && names.actor($0.entity) == names.actor(index) }) {
                continue
            }
            // "die von Riad geführte Allianz": the leader stands in the phrase it leads.
            let led = ledPhraseRole(agent: preposition, end: end, in: clause)
            let role = led ?? PhraseRole(preposition: preposition, objective: objective || (possessed ? !organsOnly : genitiveAttribute))
            result.append(Mention(entity: index, first: Int(entity.firstToken), end: end, preposition: role.preposition,
                                  objective: role.objective, attributive: led == nil && (attributive || insideAttribute),
                                  coordinated: coordinated, insideAttribute: led == nil && insideAttribute, possessed: possessed))
        }
    }

    /// The role of the phrase an agent leads ("eine von Riad geführte Militärallianz", class
    /// `leads`): the article before "von" and the preposition before it mark it, so the leader
    /// is the subject, object or prepositional object the phrase is. Nil when `agent` is no
    /// "von" of such an attribute or the phrase's head is a name acting itself ("die von
    /// Islamisten geführte Rebellengruppe ADF").
    func ledPhraseRole(agent: Int?, end: Int, in clause: Clause) -> PhraseRole? {
        guard let p = agent, grammar(p).contains(.agent), p > clause.start, end + 1 < clause.end, isListed(end, .leads),
              tokens[end + 1].flags.contains(.capitalized), entityAt[end + 1] < 0,
              !(end + 2 < tokens.count && entityAt[end + 2] >= 0), isDeterminer(p - 1) else { return nil }
        let article = p - 1
        // "der von Russland geführten Allianz" is dative or genitive; nominative ends in -e
        // ("die/eine/der … geführte"), a plural ("die … geführten Truppen") keeps "die".
        let oblique = grammar(article).contains(.objective)
            || (text(end).last == UInt8(ascii: "n") && isWord(article, .genitiveArticle))
        let governing = article > clause.start && grammar(article - 1).contains(.preposition) ? article - 1 : nil
        return PhraseRole(preposition: governing, objective: oblique)
    }

    /// A later member of an enumeration ("dem Iran, Armenien und Kasachstan"): it shares the
    /// role of the first and is reached through coordination, not as an argument of its own.
    func isLaterConjunct(_ entity: Entity, in clause: Clause) -> Bool {
        var c = Int(entity.firstToken) - 1
        while c > clause.start, Int(entity.firstToken) - c <= 5, entityAt[c] < 0, coordinatorStart(endingAt: c) == nil,
              !grammar(c).contains(.preposition), tokens[c].kind == .word {
            c -= 1
        }
        guard c > clause.start, let s = coordinatorStart(endingAt: c), s > clause.start, entityAt[s - 1] >= 0 else { return false }
        return !equals(c, ",") || Int(entity.firstToken) - c <= 2
    }

    /// A name in the genitive after a noun ("die Eroberung der Ukraine"): not a subject.
    func isGenitiveAttribute(_ entity: Entity, in clause: Clause) -> Bool {
        var first = Int(entity.firstToken)
        // "der österreichischen Regierung", "der bewaffneten Islamisten": a demonym or another
        // adjective between the article and the noun.
        while first - 1 > clause.start, tokens[first - 1].flags.contains(.lowercase),
              entityAt[first - 1] >= 0 ? entities[Int(entityAt[first - 1])].form == .derived
                  : isAttributiveWord(first - 1) && !isDeterminer(first - 1) && endsInEn(first - 1) {
            first -= 1
        }
        return first - 2 >= clause.start && isWord(first - 1, .genitiveArticle)
            && tokens[first - 2].kind == .word && tokens[first - 2].flags.contains(.capitalized) && entityAt[first - 2] < 0
            && (first - 2 > clause.start || !sentenceStartToken(first - 2))
    }

    /// A participle or adjective in "-en" right after a name and before a noun: the name is
    /// the agent inside an attribute ("von Russland geführten Organisation"); not an article
    /// or possessive ("mit Russland einen Pakt").
    func isAttributeAfter(_ end: Int, in clause: Clause) -> Bool {
        end + 1 < clause.end && tokens[end].kind == .word && tokens[end].flags.contains(.lowercase)
            && endsInEn(end)
            && !isDeterminer(end) && grammar(end).isDisjoint(with: [.possessive, .objective])
            && (tokens[end + 1].flags.contains(.capitalized) || entityAt[end + 1] >= 0)
    }

    /// A common noun that heads the phrase a name stands in, so that the phrase's preposition
    /// or case is the name's: the head of a close apposition right before the name ("der
    /// Miliz IS", "dem Nachbarland Polen"), or a noun whose genitive attribute the name is
    /// ("Stellungen des IS", "den Umgang Israels": `next` is the genitive article after it).
    /// A cue noun is no such head: "die Unterstützung des Iran" is read by the noun rules.
    func isPossessionHead(_ k: Int, after next: Int?) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.flags.contains(.capitalized), entityAt[k] < 0, cueForms(k) == nil,
              compoundHead(k) == nil, !isDeterminer(k), grammar(k).subtracting(.ruleLists).isEmpty,
              k > 0, !sentenceStartToken(k) || grammar(k).subtracting(.nounLists).isEmpty else { return false }
        if let next {
            // "Stellungen des IS": a genitive article between the noun and the name.
            return isWord(next, .genitiveArticle)
        }
        // A close apposition needs its own article or adjective before it ("die Rebellengruppe ADF");
        // "am Montag Russland" is no phrase; a title after a preposition is ("gegen Machthaber Assad").
        return isDeterminer(k - 1) || isAttributiveWord(k - 1)
            || (grammar(k).contains(.organ) && tokens[k - 1].kind == .word && grammar(k - 1).contains(.preposition))
    }

    /// When token `k` is a place preposition ("in", "im") after a noun of class `belongs-in`
    /// ("Stellungen in Syrien") or after its genitive ("der Verbleib des Landes in der EU"):
    /// how many tokens to step back to reach the word before that noun; else nil.
    func placeAttributeSkip(at k: Int, clauseStart: Int) -> Int? {
        guard isWord(k, .locative), k - 1 >= clauseStart else { return nil }
        if belongsIn(k - 1) { return 2 }
        if k - 3 >= clauseStart, tokens[k - 1].flags.contains(.capitalized),
           isWord(k - 2, .genitiveArticle), belongsIn(k - 3) {
            return 4
        }
        return nil
    }

    /// A noun of class `belongs-in`, or a compound ending in one after a first part of five
    /// or more bytes ("Militärstützpunkte"; "Darstellung" is no "Stellung").
    func belongsIn(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, tokens[k].flags.contains(.capitalized), entityAt[k] < 0 else { return false }
        if grammar(k).contains(.belongsIn) { return true }
        let word = text(k)
        guard word.count >= 10 else { return false }
        // The suffix with its first letter capitalised, in a stack buffer (no allocation per word).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { key in
            for start in (word.startIndex + 5)...(word.endIndex - 5) {
                let b = word[start]
                guard b >= 0x61 && b <= 0x7A else { continue }
                let count = word.endIndex - start
                key[0] = b - 0x20
                for offset in 1..<count { key[offset] = word[start + offset] }
                let suffix = UnsafeBufferPointer(rebasing: key[0..<count])
                if lexicon.grammar.value(for: suffix[...])?.contains(.belongsIn) == true { return true }
            }
            return false
        }
    }

    /// A mention that modifies the noun after it: a demonym adjective ("russische
    /// Truppen") or a prenominal genitive ("Russlands Antwort").
    func isAttributive(_ entity: Entity, end: Int) -> Bool {
        guard end < tokens.count, tokens[end].kind == .word, tokens[end].flags.contains(.capitalized) || entity.form == .derived
        else { return false }
        if entity.form == .derived {
            return tokens[Int(entity.firstToken)].flags.contains(.lowercase) || tokens[end].flags.contains(.capitalized)
        }
        // "mit Unterstützung Großbritanniens Luftangriffe": a genitive right after a noun is that
        // noun's attribute, not the prenominal genitive of the noun after it.
        let first = Int(entity.firstToken)
        if first > 0, tokens[first - 1].kind == .word, tokens[first - 1].flags.contains(.capitalized), entityAt[first - 1] < 0,
           !sentenceStartToken(first - 1), grammar(first - 1).subtracting(.nounLists).isEmpty {
            return false
        }
        return entityAt[end] < 0 && isGenitiveForm(of: Int(entityAt[end - 1]))
    }

    /// A lowercase finite verb: a finite form of a cue verb, or an auxiliary or modal.
    func isFiniteVerb(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].flags.contains(.lowercase) else { return false }
        if grammar(i).contains(.auxiliary) { return true }
        guard let list = cueForms(i) else { return false }
        return lexicon.formLists[Int(list)].contains { $0.kind == .finite || $0.kind == .subjunctive }
    }
}
