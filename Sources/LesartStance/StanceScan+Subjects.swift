import LesartCore

/// The subject of each clause: its own first unmarked actor or subject pronoun, the
/// antecedent of a relative pronoun, or the subject of the clause it continues.
extension StanceScan {
    /// Sets `subject` and `subjectResolved` of every clause of a sentence and puts the
    /// mentions of clause `k` in `clauseMentions[k]` (a relative clause in the accusative or
    /// dative also lists its antecedent, as an object).
    func assignSubjects(_ clauses: inout [Clause], mentions clauseMentions: inout [[Mention]], relative: inout [Bool]) {
        relative.clearKeepingCapacity()
        relative.append(contentsOf: repeatElement(false, count: clauses.count))
        for k in clauses.indices {
            if k == clauseMentions.count { clauseMentions.append([]) }
            mentions(in: clauses[k], into: &clauseMentions[k])
            let found = k > 0 && isInfinitiveClause(clauses[k]) ? ClauseSubject.none
                : subject(of: clauses[k], mentions: clauseMentions[k])
            var subject = found.entity
            var resolved = found.resolved
            let previousMentions = k > 0 ? clauseMentions[k - 1] : []
            let start = clauses[k].start
            // The antecedent of a relative pronoun after an enumeration is its first member
            // ("Die USA und die EU, die …"), reached with the others through coordination.
            let last = k > 0 ? relativeAntecedent(in: previousMentions, closing: clauses[k - 1]) : nil
            let head = last.map { last in
                previousMentions.last(where: { !$0.coordinated && $0.first <= last.first }) ?? last
            }
            if k > 0, let antecedent = last,
               grammar(start).contains(.objectRelative), tokens[start].flags.contains(.lowercase) {
                // "der Iran, dem Russland Drohnen liefert": the antecedent is the object; the
                // clause has a subject of its own.
                relative[k] = true
                // The pronoun is no article of the name after it: "dem Russland" is "dem" + subject.
                if let m = clauseMentions[k].firstIndex(where: { $0.first == start + 1 }) {
                    clauseMentions[k][m].objective = false
                }
                clauseMentions[k].insert(Mention(entity: head?.entity ?? antecedent.entity, first: start, end: start + 1,
                                                 preposition: nil, objective: true, attributive: false, coordinated: false,
                                                 insideAttribute: false),
                                         at: 0)
                let own = self.subject(of: clauses[k], mentions: clauseMentions[k])
                subject = own.entity
                resolved = own.resolved
            } else if k > 0, isRelativePronoun(start), let antecedent = last {
                // A relative clause's subject is the actor it follows: "…dem Iran, der … geleistet hatte".
                relative[k] = true
                subject = head?.entity ?? antecedent.entity
                resolved = false
            } else if clauses[k].elided, k > 0 {
                // "… und unterstützt die Hamas": the subject of the clause before.
                subject = clauses[k - 1].subject
                resolved = clauses[k - 1].subjectResolved
            } else if k >= 2, relative[k - 1] || clauses[k - 1].opener != nil, opensWithVerb(clauses[k]),
                      isNounPhrase(clauses[k - 2]), let s = clauses[k - 2].subject {
                // "Polen, das zur Eurozone gehört, unterstützt die Ukraine": the main clause resumes.
                subject = s
                resolved = clauses[k - 2].subjectResolved
                clauses[k].elided = true
            } else if k >= 1, clauses[k].opener == nil, opensWithVerb(clauses[k]),
                      let head = firstFieldHead(before: k, clauses: clauses), let s = clauses[head].subject {
                // "Russlands Präsident, Wladimir Putin, kritisierte Polen": a noun phrase with its
                // apposition is the first field; the verb after the comma is its clause's.
                subject = s
                resolved = clauses[head].subjectResolved
                clauses[k].elided = true
            } else if resolved, let nearby = lastUncoordinatedEntity(in: clauseMentions[..<k]) {
                // A pronoun or "das Land" refers to the last actor named in this sentence if any.
                subject = nearby
            }
            clauses[k].subject = subject
            clauses[k].subjectResolved = resolved
        }
    }

    /// A clause after a comma that ends in its zu-infinitive and has no finite verb: its
    /// subject is the controller's ("beschuldigte die Türkei, Rebellen zu bewaffnen": the bare
    /// noun "Rebellen" is the object).
    func isInfinitiveClause(_ clause: Clause) -> Bool {
        guard var last = (clause.start..<clause.end).last(where: { tokens[$0].kind == .word }) else { return false }
        if isListed(last, .closingParticle), last > clause.start { last -= 1 }
        let infinitive = (last > clause.start && isWord(last - 1, .infinitiveMarker) && tokens[last].flags.contains(.lowercase))
            || (tokens[last].flags.contains(.lowercase) && hasInnerZu(last, margin: 5))
        guard infinitive else { return false }
        return !(clause.start..<last).contains { isFiniteVerb($0) }
    }

    /// The entity of the last mention in `lists` that is no later member of an enumeration.
    func lastUncoordinatedEntity(in lists: ArraySlice<[Mention]>) -> Int? {
        for list in lists.reversed() {
            if let m = list.last(where: { !$0.coordinated }) { return m.entity }
        }
        return nil
    }

    /// A clause that opens with its finite verb: a verb form of the lexicon, or any lowercase
    /// word that is no determiner, pronoun, preposition, coordinator or subordinator (after
    /// an embedded clause the main clause resumes with its verb: "…, unterhält gute Beziehungen").
    func opensWithVerb(_ clause: Clause) -> Bool {
        let i = clause.start
        if isFiniteVerb(i) { return true }
        guard tokens[i].kind == .word, tokens[i].flags.contains(.lowercase), entityAt[i] < 0, !isDeterminer(i) else { return false }
        let closed: GrammarClass = [.subordinator, .preposition, .coordinator, .pronoun, .possessive, .objectRelative]
        return grammar(i).isDisjoint(with: closed) && !isNegator(i)
    }

    /// The antecedent a relative pronoun after `clause` refers to: the mention that closes
    /// the clause, or, when that is a place that is no actor inside a prepositional attribute,
    /// the mention the attribute follows ("Stellungen der PKK im Nordirak, die …",
    /// "der Gesandte Moldawiens in Genf, der …": the relative clause is about the group and
    /// the envoy, not about the place).
    func relativeAntecedent(in mentions: [Mention], closing clause: Clause) -> Mention? {
        guard let last = mentions.last else { return nil }
        // "der moldawische Gesandte, der …": the demonym or genitive of the noun that ends the clause.
        if last.attributive, last.end + 1 == clause.end, tokens[last.end].flags.contains(.capitalized),
           entityAt[last.end] < 0 {
            return last
        }
        guard closes(clause, last) else { return nil }
        guard !canHold(last.entity), mentions.count >= 2,
              let preposition = governingPreposition(before: last.first, from: clause.start) else { return last }
        let before = mentions[mentions.count - 2]
        // The mention is the noun the attribute follows, or a demonym or genitive before that noun.
        let adjacent = before.end == preposition || (before.attributive && before.end + 1 == preposition)
        return adjacent ? before : last
    }

    /// Whether mention `m` ends `clause` (at most a bracket or quote after it): the antecedent
    /// of a relative pronoun after the comma.
    func closes(_ clause: Clause, _ m: Mention) -> Bool {
        guard m.end != clause.end else { return true }
        // A bracket, a quote or the particle that closes the verb bracket ("stellt … gegenüber dem Iran dar, der").
        return m.end == clause.end - 1 && (isPunctuation(m.end) || isListed(m.end, .closingParticle))
    }

    /// A clause that is only a noun phrase ("Der Iran", "Die Regierung in Kiew"): the subject of a main
    /// clause interrupted by a relative or subordinate clause.
    func isNounPhrase(_ clause: Clause) -> Bool {
        (clause.start..<clause.end).allSatisfy { k in
            entityAt[k] >= 0 || isDeterminer(k)
                || (tokens[k].kind == .word && tokens[k].flags.contains(.capitalized) && cueForms(k) == nil)
                || (isAttributiveWord(k) && cueForms(k) == nil)
                // "Polen, Litauen und Lettland": an enumeration.
                || equals(k, ",") || grammar(k).contains(.coordinator)
                // "Die Regierung in Kiew": a place attached to the noun.
                || (grammar(k).contains(.preposition) && k + 1 < clause.end && entityAt[k + 1] >= 0)
        }
    }

    /// The clause heading the noun phrases right before clause `k` ("Der Vertreter der EU,
    /// der dänische Diplomat Peter Sörensen, bedauerte"): the first of them with a subject.
    func firstFieldHead(before k: Int, clauses: [Clause]) -> Int? {
        func isPhrase(_ j: Int) -> Bool { clauses[j].opener == nil && isVerbless(clauses[j]) && endsWithNoun(clauses[j]) }
        guard isPhrase(k - 1) else { return nil }
        var first = k - 1
        while first > 0, isPhrase(first - 1) { first -= 1 }
        return (first..<k).first { clauses[$0].subject != nil }
    }

    /// A clause of nouns, names, articles, adjectives and prepositional attributes only ("Der
    /// Vertreter der EU im Menschenrechtsrat", "der dänische Diplomat Peter Sörensen"): no verb.
    func isVerbless(_ clause: Clause) -> Bool {
        (clause.start..<clause.end).allSatisfy { k in
            guard tokens[k].kind == .word else { return isPunctuation(k) }
            if entityAt[k] >= 0 || isDeterminer(k) || tokens[k].flags.contains(.capitalized) { return true }
            if grammar(k).contains(.preposition) || grammar(k).contains(.coordinator) { return true }
            return isAttributiveWord(k) && cueForms(k) == nil
        }
    }

    /// Whether the last word of `clause` is a capitalised noun or a name ("…, Wladimir Putin"),
    /// as a noun phrase ends; "Wie das Ministerium mitteilte" ends with its verb.
    func endsWithNoun(_ clause: Clause) -> Bool {
        guard let last = (clause.start..<clause.end).last(where: { tokens[$0].kind == .word }) else { return false }
        return entityAt[last] >= 0 || tokens[last].flags.contains(.capitalized)
    }

    /// "der", "die", "das", "welche" (class `relative`) opening a clause after a comma: a relative pronoun.
    /// Not an article before a name with the verb right after it: "…, die Hisbollah feuert
    /// Raketen" is a main clause (V2), a relative clause puts its verb last.
    func isRelativePronoun(_ i: Int) -> Bool {
        guard isListed(i, .relative) else { return false }
        guard i + 1 < tokens.count, entityAt[i + 1] >= 0 else { return true }
        let verb = Int(entities[Int(entityAt[i + 1])].endToken)
        guard verb + 1 < tokens.count, isFiniteVerb(verb) else { return true }
        return isPunctuation(verb + 1)
    }

    /// The subject of a clause: the first actor that is not governed by a preposition,
    /// not marked accusative/dative and not attributive; or a pronoun resolved to the
    /// previous sentence's subject.
    func subject(of clause: Clause, mentions: [Mention]) -> ClauseSubject {
        // A pronoun opening the clause is its subject: "Es kritisiert Russland".
        var p = clause.opener.map { $0 + 1 } ?? clause.start
        while p < clause.end, isPunctuation(p) { p += 1 }  // an opening quote
        // "„Wir unterstützen die Ukraine“, sagte Scholz": the speaker.
        if p < clause.end, grammar(p).contains(.firstPerson), let speaker { return ClauseSubject(entity: speaker, resolved: true) }
        // Without an earlier sentence it is resolved within the sentence (see `assignSubjects`).
        if p < clause.end, isSubjectPronoun(p) { return ClauseSubject(entity: antecedent(of: p), resolved: true) }
        if let m = mentions.first(where: { $0.preposition == nil && !$0.objective && !$0.attributive && !$0.coordinated }) {
            return ClauseSubject(entity: roleOwner(of: m, in: mentions) ?? m.entity, resolved: false)
        }
        // A pronoun or "das Land" in the first field or right after the finite verb.
        for i in clause.start..<min(clause.end, clause.start + 3) {
            if isSubjectPronoun(i) {
                if let found = antecedent(of: i) { return ClauseSubject(entity: found, resolved: true) }
            }
        }
        // A demonym adjective opening the clause heads the subject: "russische Nationalisten behaupteten".
        if let m = mentions.first(where: {
            $0.preposition == nil && !$0.objective && !$0.coordinated && entities[$0.entity].form == .derived
                && (min(max(clause.start, datelineEnd), $0.first)..<$0.first).allSatisfy { isDeterminer($0) || isAttributiveWord($0) }
        }) {
            return ClauseSubject(entity: m.entity, resolved: false)
        }
        return .none
    }

    /// The earlier actor a subject pronoun or description at `i` stands for: the last subject;
    /// for a description of a state ("das Land", "die Regierung", "die Armee") the last subject
    /// that can stand for a state ("Der IS griff an. Die Regierung verurteilte …" is not the IS's).
    func antecedent(of i: Int) -> Int? {
        guard grammarPair(i).contains(.pronoun), let lastSubject, !canStandForState(lastSubject) else { return lastSubject }
        return lastState
    }

    /// Whether entity `i` can be the state a description refers to: not an organisation or
    /// group named as itself (the IS, the EU, the NATO), whose actor is its own name.
    func canStandForState(_ i: Int) -> Bool {
        let entity = entities[i]
        guard entity.label == .organisation, entity.form == .name else { return true }
        return names.actor(i) != names.canonical(i)
    }

    /// The state a person who is no actor acts for, named by the title before the name:
    /// "Tschechiens Außenminister Lubomír Zaorálek", "der moldawische Präsident X" (a genitive or
    /// demonym right before an organ noun right before the name). Nil otherwise.
    func roleOwner(of m: Mention, in mentions: [Mention]) -> Int? {
        guard !canHold(m.entity), entities[m.entity].label == .person, m.first >= 2, grammar(m.first - 1).contains(.organ),
              let owner = mentions.last(where: { $0.end == m.first - 1 }), owner.attributive, canHold(owner.entity)
        else { return nil }
        return owner.entity
    }

    /// A subject pronoun or description ("es", "das Land"), not the expletive of "es gibt".
    func isSubjectPronoun(_ i: Int) -> Bool {
        if grammar(i).contains(.femininePronoun) { return isSingularSie(i) }
        let description = grammarPair(i).contains(.pronoun)
        guard description || (grammar(i).contains(.pronoun) && tokens[i].kind == .word) else { return false }
        // "Die Regierung in Teheran", "die Regierung Irans": a description with its actor named.
        if description, i + 2 < tokens.count {
            if entityAt[i + 2] >= 0 { return false }
            if i + 3 < tokens.count, grammar(i + 2).contains(.preposition), entityAt[i + 3] >= 0 { return false }
        }
        return !(i + 1 < tokens.count && isListed(i + 1, .expletive)) && !(i > 0 && isListed(i - 1, .expletive))
    }

    /// "sie" standing for the last subject: that subject is a feminine name ("die Türkei", "die
    /// EU") and the finite verb next to the pronoun is singular (not "-en", not "sind").
    func isSingularSie(_ i: Int) -> Bool {
        guard let last = lastSubject, entities[last].form == .name || entities[last].form == .description,
              isFeminineName(last) else { return false }
        for k in [i - 1, i + 1] where k >= 0 && k < tokens.count && tokens[k].kind == .word && tokens[k].flags.contains(.lowercase) {
            if endsInEn(k) || isWord(k, .pluralVerb) { return false }
        }
        return true
    }

    /// The speaker of a sentence: the actor right after a reporting verb ("sagte Kanzler
    /// Scholz") or right before it ("Macron erklärte").
    func findSpeaker(in range: Range<Int>) -> Int? {
        for k in range where tokens[k].flags.contains(.lowercase) && modalityWord(k) == .reported {
            var j = k + 1
            while j < range.upperBound, j - k <= 4, entityAt[j] < 0,
                  isDeterminer(j) || isAttributiveWord(j) || (tokens[j].flags.contains(.capitalized) && tokens[j].kind == .word) {
                j += 1
            }
            if j < range.upperBound, entityAt[j] >= 0 { return Int(entityAt[j]) }
            if k > range.lowerBound, entityAt[k - 1] >= 0 { return Int(entityAt[k - 1]) }
        }
        return nil
    }
}
