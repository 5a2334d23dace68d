import LesartCore

/// Per sentence: cues in each clause, their holders and targets, and the records.
extension StanceScan {
    /// Reads the sentence in `range`, whose words are `words`, and appends its records.
    mutating func analyse(sentence index: Int, _ range: Range<Int>, words: SentenceWords) {
        var buffers = SentenceBuffers()
        swap(&buffers, &self.buffers)
        defer { swap(&buffers, &self.buffers) }
        readClauses(range, words: words, into: &buffers)
        let clauses = buffers.clauses
        let clauseMentions = buffers.mentions
        if tracing {
            note("sentence \(index): \(textString(range))")
            for (k, clause) in clauses.enumerated() {
                let actorsText = clauseMentions[k].map { m in
                    "\(textString(m.first..<m.end))→\(names.actor(m.entity))"
                        + (m.preposition.map { " [\(String(decoding: text($0), as: UTF8.self))]" } ?? "")
                        + (m.objective ? " [obj]" : "") + (m.attributive ? " [attr]" : "")
                }
                let subjectText = (clause.subject.map { names.actor($0) + (clause.subjectResolved ? " (resolved)" : "") } ?? "-")
                    + (clause.elided ? " (continued)" : "")
                if tracing {
                    note("  clause \(k): \(textString(clause.start..<clause.end)) | actors: \(actorsText.joined(separator: ", ")) | subject: \(subjectText)")
                }
            }
        }
        let conditionalSentence = isWord(range.lowerBound, .conditionalOpener)
        // A reporting word that is the finite part of a separable cue ("sagte … zu") or the verb
        // of a phrase cue ("den Krieg erklärt") reports nothing.
        let reportedSentence = words.signals.contains(.reported) && clauses.contains { c in
            (c.start..<c.end).contains {
                modalityWord($0) == .reported && !isSeparableCuePart($0, in: c) && !isPhraseCue($0, in: c)
            }
        }
        let first = records.count
        for (k, clause) in clauses.enumerated() {
            let mentions = clauseMentions[k]
            // The nearest earlier clause's subject stands in for infinitive and subordinate
            // clauses without one ("…, die Ukraine zu erobern"); else the main clause's.
            // (Without a verb of accusing or urging no clause controls another.)
            let inherited = (words.signals.contains(.controlVerb) ? controller(of: k, clauses: clauses, mentions: clauseMentions) : nil)
                ?? clauses[..<k].last(where: { $0.subject != nil && !$0.subjectResolved && !isApposition($0) })?.subject
                ?? clauses.first(where: { $0.opener == nil && $0.subject != nil })?.subject
            // "einst ein enger Verbündeter Russlands": an apposition states no current relation.
            if isApposition(clause) { continue }
            // Participles read as attributes are no cues of the clause.
            var attributes: [Int] = []
            for family in StanceRuleFamily.passes {
                switch family {
                case .participleAttribute:
                    participleAttributes(in: clause, mentions: mentions, sentence: index, consumed: &attributes)
                case .cue:
                    cueWords(in: clause, clauseIndex: k, clauses: clauses, mentions: mentions, inheritedSubject: inherited,
                             sentence: index, embeddedNames: words.hasEmbeddedName, conditional: conditionalSentence, reported: reportedSentence,
                             skipping: attributes, buffer: &buffers.cues)
                case .evaluation:
                    // Without a verb of calling or judging no clause has an evaluation.
                    guard words.signals.contains(.evaluationVerb) else { continue }
                    evaluations(in: clause, mentions: mentions, holder: clause.subject ?? inherited, sentence: index,
                                conditional: conditionalSentence, reported: reportedSentence)
                case .relation:
                    // Without a relation word no clause has a relation anchor.
                    guard words.signals.contains(.relation) else { continue }
                    relations(in: clause, clauseIndex: k, clauses: clauses, mentions: mentions, sentence: index,
                              conditional: conditionalSentence, reported: reportedSentence, inheritedSubject: inherited)
                }
            }
        }
        deduplicate(from: first)
        updateLastSubject(clauses: clauses, range: range)
    }

    /// The cue pass over one clause (``StanceRuleFamily/cue``): the noun cue a relative
    /// clause is about, then each cue of the clause but the participles in `skipping`.
    /// The scan holds `buffer` as ``clauseCues`` while the cues are processed, then hands it back.
    mutating func cueWords(in clause: Clause, clauseIndex k: Int, clauses: [Clause], mentions: [Mention],
                           inheritedSubject inherited: Int?, sentence index: Int, embeddedNames: Bool, conditional: Bool, reported: Bool,
                           skipping attributes: [Int], buffer: inout [CueOccurrence]) {
        cues(in: clause, embeddedNames: embeddedNames, into: &buffer)
        swap(&clauseCues, &buffer)
        defer { swap(&clauseCues, &buffer) }
        // "Drohungen, die Nordkorea gegen Südkorea ausgestoßen hat": the noun cue the relative
        // clause is about is read with the relative clause's subject and objects (the clause
        // widened back to the noun).
        if let antecedent = relativeAntecedentCue(of: k, clauses: clauses) {
            var widened = clause
            widened.start = antecedent.token
            process(antecedent, clause: widened, clauseIndex: k, clauses: clauses, mentions: mentions,
                    inheritedSubject: inherited, sentence: index, conditional: conditional, reported: reported)
        }
        for occurrence in clauseCues where !attributes.contains(occurrence.token) {
            process(occurrence, clause: clause, clauseIndex: k, clauses: clauses, mentions: mentions,
                    inheritedSubject: inherited, sentence: index, conditional: conditional, reported: reported)
        }
    }

    /// The part of ``analyse(sentence:_:words:)`` that later sentences depend on, for a sentence
    /// that can yield no record (whose words are `words`): its clause subjects, which set ``lastSubject``.
    mutating func analyseSubjects(_ range: Range<Int>, words: SentenceWords) {
        var buffers = SentenceBuffers()
        swap(&buffers, &self.buffers)
        defer { swap(&buffers, &self.buffers) }
        readClauses(range, words: words, into: &buffers)
        updateLastSubject(clauses: buffers.clauses, range: range)
    }

    /// The clauses of the sentence in `range` (whose words are `words`), its speaker and its
    /// clause subjects, into `buffers`.
    mutating func readClauses(_ range: Range<Int>, words: SentenceWords, into buffers: inout SentenceBuffers) {
        datelineEnd = dateline(in: range) ?? range.lowerBound
        clauses(in: range, into: &buffers.clauses)
        // Without a word of reporting the sentence has no speaker.
        speaker = words.signals.contains(.reported) ? findSpeaker(in: range) : nil
        assignSubjects(&buffers.clauses, mentions: &buffers.mentions, relative: &buffers.relative)
    }

    /// Sets ``lastSubject`` after a sentence: its first subject that is no resolved pronoun,
    /// else its first subject, else its first actor; unchanged if it names none.
    mutating func updateLastSubject(clauses: [Clause], range: Range<Int>) {
        defer { if let lastSubject, canStandForState(lastSubject) { lastState = lastSubject } }
        if let subject = clauses.first(where: { $0.subject != nil && !$0.subjectResolved })?.subject {
            lastSubject = subject
        } else if let subject = clauses.first(where: { $0.subject != nil })?.subject {
            // "Es will …": the resolved pronoun keeps its antecedent for the next sentence.
            lastSubject = subject
        } else if let firstEntity = (range.lowerBound..<range.upperBound).first(where: { entityAt[$0] >= 0 }) {
            lastSubject = Int(entityAt[firstEntity])
        }
    }

    /// An apposition between commas: "eine weitere ehemalige Sowjetrepublik", "einst ein …"
    /// (class `apposition`).
    func isApposition(_ clause: Clause) -> Bool { isListed(clause.start, .apposition) }

    /// Emits the records of one cue.
    mutating func process(_ occurrence: CueOccurrence, clause: Clause, clauseIndex: Int, clauses: [Clause],
                          mentions: [Mention], inheritedSubject: Int?, sentence: Int, conditional: Bool, reported: Bool) {
        let entry = lexicon.cues[Int(occurrence.cue)]
        guard let found = arguments(of: occurrence, entry: entry, clause: clause, mentions: mentions,
                                    inheritedSubject: inheritedSubject)
                ?? invertedSpeechArguments(of: occurrence, entry: entry, clause: clause, clauseIndex: clauseIndex,
                                           clauses: clauses, mentions: mentions)
                ?? complementArguments(of: occurrence, entry: entry, clause: clause, clauseIndex: clauseIndex,
                                       clauses: clauses, inheritedSubject: inheritedSubject)
        else {
            if tracing {
                note("    cue '\(textString(occurrence.token..<occurrence.end))' (\(entry.lemma), \(entry.label.name)): "
                     + "no holder or target")
            }
            return
        }
        let holders = found.holders
        let rule = found.rule
        let resolved = found.holderResolved
        var label = entry.label
        var polarity = StancePolarity.affirmed
        // A noun cue with a holder of its own ("den russischen Angriff … nie verurteilt") is
        // negated only inside its noun phrase.
        let ownHolder = occurrence.kind == .noun && !holders.contains { $0 == clause.subject || $0 == inheritedSubject }
        let negation = negation(ofCueAt: occurrence.token, isNoun: occurrence.kind == .noun, clause: clause, clauseIndex: clauseIndex, clauses: clauses,
                                nounPhraseOnly: ownHolder)
        switch negation {
        case .none: break
        case .negated: polarity = .negated
        case .ceased:
            // Ending support is distancing; ending a refusal or threat is left as it is.
            if label == .support { label = .distancing }
        }
        // "hebt die Sanktionen gegen X auf": lifting a measure asserts no distancing or threat.
        if label != .support, polarity == .affirmed, liftsMeasure(in: clause, except: occurrence) { polarity = .negated }
        // A zu-infinitive clause takes the modality of the clause it depends on ("plant, … zu liefern").
        // So does a dass/ob clause ("Die EU will, dass Serbien …", "Es gibt Hinweise, dass …").
        let complement = clause.opener.map { isWord($0, anyOf: [.that, .whether]) } == true
        let dependent = clauseIndex > 0 && (complement || ((clause.subject == nil || rule == .inheritedHolder)
            && hasZuInfinitive(after: clause.start - 1, before: clause.end)))
        var modality = modality(of: occurrence.token, in: clause, outer: dependent ? clauses[clauseIndex - 1] : nil,
                                conditional: conditional, reported: reported)
        if occurrence.kind == .subjunctive, modality == .asserted { modality = .reported }
        let requesterModality = modality
        // "wirft X vor, … zu unterstützen" reports an accusation; "fordert X auf, … zu" an aim.
        if dependent, modality == .asserted {
            let outer = clauses[clauseIndex - 1]
            if (outer.start..<outer.end).contains(where: { grammar($0).contains(.accuse) }) { modality = .reported }
            if (outer.start..<outer.end).contains(where: { grammar($0).contains(.urge) }) { modality = .intended }
        }
        let request = dependent && polarity == .affirmed ? requester(of: clauseIndex, clauses: clauses) : nil
        // "Libyen forderte die Verbündeten auf, Luftangriffe … zu fliegen": when the urged are no
        // actor, the holder inherited from the urging clause is the requester, not the act's agent.
        let requesterInherited = rule == .inheritedHolder && request.map { holders.contains($0.0) } == true
        for holder in holders where canHold(holder) && !requesterInherited {
            for target in found.targets where !sameActor(holder, target) && canBeTarget(target, label: label)
                && !isNationalityOnly(target, arrestedBy: occurrence) {
                append(Stance(sentence: UInt32(sentence), label: label, holder: UInt32(holder), target: UInt32(target),
                              cueFirstToken: UInt32(occurrence.token), cueEndToken: UInt32(occurrence.end),
                              cue: UInt32(occurrence.cue), polarity: polarity, modality: modality, rule: rule.id,
                              holderResolved: resolved, confidence: rule.confidence.value(holderResolved: resolved),
                              mutual: found.mutual))
                if tracing {
                    note("    cue '\(textString(occurrence.token..<occurrence.end))' (\(entry.lemma)) \(rule.name): "
                         + "\(names.actor(holder)) → \(names.actor(target)) \(label.name) \(polarity.name) \(modality.name)\(resolved ? " [holder resolved]" : "")")
                }
            }
        }
        if let (requester, requesterResolved) = request, !holders.contains(requester) || requesterInherited, canHold(requester) {
            appendRequested(occurrence, entry: entry, clause: clause, targets: found.targets, requester: requester,
                            resolved: requesterResolved, label: label, polarity: polarity, modality: requesterModality,
                            sentence: sentence)
        }
    }

    /// "Der Strafgerichtshof rief Südafrika auf, den sudanesischen Staatschef zu verhaften":
    /// who demands the act takes its stance towards the act's target, named in the demanded
    /// act itself, not among the urged (``StanceRule/requestedAct``).
    mutating func appendRequested(_ occurrence: CueOccurrence, entry: CueEntry, clause: Clause, targets: ActorGroup,
                                  requester: Int, resolved: Bool, label: StanceLabel, polarity: StancePolarity,
                                  modality: StanceModality, sentence: Int) {
        let rule = StanceRule.requestedAct
        for target in targets where !sameActor(requester, target) && canBeTarget(target, label: label)
            && !isNationalityOnly(target, arrestedBy: occurrence)
            && (clause.start..<clause.end).contains(Int(entities[target].firstToken)) {
            append(Stance(sentence: UInt32(sentence), label: label, holder: UInt32(requester), target: UInt32(target),
                          cueFirstToken: UInt32(occurrence.token), cueEndToken: UInt32(occurrence.end),
                          cue: UInt32(occurrence.cue), polarity: polarity, modality: modality, rule: rule.id,
                          holderResolved: resolved, confidence: rule.confidence.value(holderResolved: resolved), mutual: false))
            if tracing {
                note("    cue '\(textString(occurrence.token..<occurrence.end))' (\(entry.lemma)) \(rule.name): "
                     + "\(names.actor(requester)) → \(names.actor(target)) \(label.name) \(polarity.name) \(modality.name)")
            }
        }
    }

    /// The subject of a verb of urging in the clause before zu-infinitive clause `k`
    /// ("Die USA fordern China auf, …") and whether it was resolved from a pronoun.
    func requester(of k: Int, clauses: [Clause]) -> (Int, Bool)? {
        guard k > 0 else { return nil }
        let outer = clauses[k - 1]
        guard let subject = outer.subject, (outer.start..<outer.end).contains(where: { grammar($0).contains(.urge) })
        else { return nil }
        return (subject, outer.subjectResolved)
    }

    /// The object of a verb of accusing or urging in the clause before a zu-infinitive
    /// clause: it holds the infinitive ("Die EU wirft China vor, Russland zu unterstützen").
    func controller(of k: Int, clauses: [Clause], mentions: [[Mention]]) -> Int? {
        guard k > 0, hasZuInfinitive(after: clauses[k].start - 1, before: clauses[k].end) else { return nil }
        let outer = clauses[k - 1]
        guard (outer.start..<outer.end).contains(where: { grammar($0).contains(.accuse) || grammar($0).contains(.urge) })
        else { return nil }
        return mentions[k - 1].first { $0.entity != outer.subject && $0.preposition == nil && !$0.attributive }?.entity
    }

    mutating func append(_ stance: Stance) { records.append(stance) }

    /// Two mentions of the same actor: same entity, or same actor and same canonical name,
    /// or same actor where one is a demonym (a region and its country differ, and so do a
    /// leader and the state: Tschetschenien → Russland, Kadyrow → Russland are relations).
    func sameActor(_ a: Int, _ b: Int) -> Bool {
        guard a != b else { return true }
        // Two mentions of one actor: its name, capital, government, a demonym, a description,
        // a leader and the state he acts for ("Cameron … für den Verbleib Großbritanniens"),
        // or two politicians of one state (domestic politics relate no actors).
        return names.actor(a) == names.actor(b)
    }

    /// Drops records of this sentence that repeat an earlier one (same actors, label,
    /// polarity and modality).
    mutating func deduplicate(from first: Int) {
        // A sentence has a handful of records: compare them pairwise, without building keys,
        // moving each kept one down over the dropped ones.
        var kept = first
        for k in first..<records.count {
            let record = records[k]
            if !records[first..<kept].contains(where: { isRepeat(record, of: $0) }) {
                records[kept] = record
                kept += 1
            } else if tracing {
                note("    dropped as a repeat: \(names.actor(Int(record.holder))) → \(names.actor(Int(record.target))) "
                     + "\(record.label.name) (\(StanceRule(id: record.rule)?.name ?? "?"))")
            }
        }
        records.removeSubrange(kept...)
    }

    /// Same holder and target actors, label, polarity and modality.
    func isRepeat(_ a: Stance, of b: Stance) -> Bool {
        a.label == b.label && a.polarity == b.polarity && a.modality == b.modality
            && names.actor(Int(a.holder)) == names.actor(Int(b.holder))
            && names.actor(Int(a.target)) == names.actor(Int(b.target))
    }
}
