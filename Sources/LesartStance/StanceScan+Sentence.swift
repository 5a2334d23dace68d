import LesartCore

/// Per sentence: cues in each clause, their holders and targets, and the records.
extension StanceScan {
    mutating func analyse(sentence index: Int, _ range: Range<Int>) {
        var clauses = clauses(in: range)
        var clauseMentions: [[Mention]] = []
        for k in clauses.indices {
            let mentions = mentions(in: clauses[k])
            var (subject, resolved) = subject(of: clauses[k], mentions: mentions)
            let previousMentions = clauseMentions.last ?? []
            // A relative clause's subject is the actor it follows: "…dem Iran, der … geleistet hatte".
            if k > 0, isRelativePronoun(clauses[k].start), let antecedent = previousMentions.last,
               antecedent.end >= clauses[k - 1].end - 1 {
                subject = antecedent.entity
                resolved = false
            } else if resolved, let nearby = clauseMentions.joined().last(where: { !$0.coordinated })?.entity {
                // A pronoun or "das Land" refers to the last actor named in this sentence if any.
                subject = nearby
            }
            clauses[k].subject = subject
            clauses[k].subjectResolved = resolved
            clauseMentions.append(mentions)
        }
        if tracing {
            note("sentence \(index): \(textString(range))")
            for (k, clause) in clauses.enumerated() {
                let actorsText = clauseMentions[k].map { m in
                    "\(textString(m.first..<m.end))→\(actors[m.entity])"
                        + (m.preposition.map { " [\(String(decoding: text($0), as: UTF8.self))]" } ?? "")
                        + (m.objective ? " [obj]" : "") + (m.attributive ? " [attr]" : "")
                }
                let subjectText = clause.subject.map { actors[$0] + (clause.subjectResolved ? " (resolved)" : "") } ?? "-"
                if tracing {
                    note("  clause \(k): \(textString(clause.start..<clause.end)) | actors: \(actorsText.joined(separator: ", ")) | subject: \(subjectText)")
                }
            }
        }
        let conditionalSentence = equals(range.lowerBound, "Sollte") || equals(range.lowerBound, "Sollten")
            || equals(range.lowerBound, "Falls") || equals(range.lowerBound, "Wenn")
        let reportedSentence = (range.lowerBound..<range.upperBound).contains { lexicon.modality.value(for: text($0)) == .reported }
        let first = records.count
        for (k, clause) in clauses.enumerated() {
            let mentions = clauseMentions[k]
            // The nearest earlier clause's subject stands in for infinitive and subordinate
            // clauses without one ("…, die Ukraine zu erobern"); else the main clause's.
            let inherited = clauses[..<k].last(where: { $0.subject != nil && !$0.subjectResolved && !isApposition($0) })?.subject
                ?? clauses.first(where: { $0.opener == nil && $0.subject != nil })?.subject
            // "einst ein enger Verbündeter Russlands": an apposition states no current relation.
            if isApposition(clause) { continue }
            for occurrence in cues(in: clause) {
                process(occurrence, clause: clause, clauseIndex: k, clauses: clauses, mentions: mentions,
                        inheritedSubject: inherited, sentence: index, conditional: conditionalSentence,
                        reported: reportedSentence)
            }
            relations(in: clause, mentions: mentions, sentence: index, conditional: conditionalSentence,
                      inheritedSubject: inherited)
        }
        deduplicate(from: first)
        if let subject = clauses.first(where: { $0.subject != nil && !$0.subjectResolved })?.subject {
            lastSubject = subject
        } else if let firstEntity = (range.lowerBound..<range.upperBound).first(where: { entityAt[$0] >= 0 }) {
            lastSubject = Int(entityAt[firstEntity])
        }
    }

    /// "der", "die", "das", "welche" opening a clause after a comma: a relative pronoun.
    func isRelativePronoun(_ i: Int) -> Bool {
        tokens[i].flags.contains(.lowercase)
            && ["der", "die", "das", "welche", "welcher", "welches"].contains { equals(i, $0) }
    }

    /// An apposition between commas: "eine weitere ehemalige Sowjetrepublik", "einst ein …".
    func isApposition(_ clause: Clause) -> Bool {
        ["ein", "eine", "einst", "ehemals", "früher"].contains { equals(clause.start, $0) }
    }

    /// The cues of a clause: listed forms (a separable verb's finite form only with its
    /// particle at the clause end; a phrase only with its other words) and nouns as the
    /// head of a compound ("Waffenlieferungen").
    func cues(in clause: Clause) -> [CueOccurrence] {
        var result: [CueOccurrence] = []
        let lastWord = (clause.start..<clause.end).last { tokens[$0].kind == .word }
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
        for i in clause.start..<clause.end where tokens[i].kind == .word && entityAt[i] < 0 {
            if let listIndex = lexicon.forms.value(for: text(i)) {
                var chosen: CueOccurrence? = nil
                for form in lexicon.formLists[Int(listIndex)] {
                    let entry = lexicon.cues[Int(form.cue)]
                    var end = i + 1
                    if form.needsParticle {
                        guard let lastWord, lastWord > i, let particle = entry.particle, equals(lastWord, particle) else { continue }
                        end = lastWord + 1
                    }
                    if entry.kind == .phrase, !entry.companions.allSatisfy({ hasWord($0, in: clause) }) { continue }
                    if entry.lemma == "drohen", isRiskUse(after: i, in: clause) { continue }
                    // A noun of strained relations ("Spannungen") is read by the relation rule.
                    if lexicon.relations.value(for: text(i)) == .tension { continue }
                    let occurrence = CueOccurrence(cue: form.cue, kind: form.kind, token: i, end: end)
                    // Prefer the infinitive after "zu", Konjunktiv I over the identical 1st
                    // person, and phrases over plain verbs.
                    let afterZu = i > clause.start && equals(i - 1, "zu")
                    if chosen == nil || form.kind == .subjunctive || entry.kind == .phrase
                        || (afterZu && form.kind == .infinitive) {
                        chosen = occurrence
                    }
                }
                if let chosen { result.append(chosen) }
            } else if tokens[i].flags.contains(.capitalized), let cue = compoundHead(i) {
                result.append(CueOccurrence(cue: cue, kind: .noun, token: i, end: i + 1))
            }
        }
        return result
    }

    /// "droht zu eskalieren" is a risk, not a threat: "drohen" with a zu-infinitive.
    func isRiskUse(after i: Int, in clause: Clause) -> Bool {
        var k = i + 1
        while k + 1 < clause.end {
            if equals(k, "zu"), tokens[k + 1].flags.contains(.lowercase) { return true }
            k += 1
        }
        return false
    }

    /// Whether the clause holds `word` or a form beginning with it ("Sanktion" in "Sanktionen").
    func hasWord(_ word: String, in clause: Clause) -> Bool {
        let key = Array(word.utf8)
        return (clause.start..<clause.end).contains { text($0).starts(with: key) }
    }

    /// A noun cue as the last part of a compound: "Waffenlieferungen" → "Lieferung".
    func compoundHead(_ i: Int) -> Int32? {
        let w = Array(text(i))
        guard w.count >= 9 else { return nil }
        var k = 3
        while k <= w.count - 5 {
            if w[k] >= 0x61 && w[k] <= 0x7A, let cue = lexicon.nounHeads.value(for: Array(w[k...])) { return cue }
            k += 1
        }
        return nil
    }

    /// Emits the records of one cue.
    mutating func process(_ occurrence: CueOccurrence, clause: Clause, clauseIndex: Int, clauses: [Clause],
                          mentions: [Mention], inheritedSubject: Int?, sentence: Int, conditional: Bool, reported: Bool) {
        let entry = lexicon.cues[Int(occurrence.cue)]
        let cueText = textString(occurrence.token..<occurrence.end)
        guard let (holders, targets, rule, resolved) = arguments(of: occurrence, entry: entry, clause: clause,
                                                                 mentions: mentions, inheritedSubject: inheritedSubject)
        else {
            if tracing {
                note("    cue '\(cueText)' (\(entry.lemma), \(entry.label.name)): no holder or target")
            }
            return
        }
        var label = entry.label
        var polarity = StancePolarity.affirmed
        let negation = negation(of: occurrence, clause: clause, clauseIndex: clauseIndex, clauses: clauses)
        switch negation {
        case .none: break
        case .negated: polarity = .negated
        case .ceased:
            // Ending support is distancing; ending a refusal or threat is left as it is.
            if label == .support { label = .distancing }
        }
        var modality = modality(of: occurrence, clause: clause, conditional: conditional, reported: reported)
        if occurrence.kind == .subjunctive, modality == .asserted { modality = .reported }
        for holder in holders {
            for target in targets where !sameActor(holder, target) {
                append(Stance(sentence: UInt32(sentence), label: label, holder: UInt32(holder), target: UInt32(target),
                              cueFirstToken: UInt32(occurrence.token), cueEndToken: UInt32(occurrence.end),
                              cue: UInt32(occurrence.cue), polarity: polarity, modality: modality, rule: rule.rawValue,
                              holderResolved: resolved, confidence: resolved ? 0.6 : 0.8))
                if tracing {
                    note("    cue '\(cueText)' (\(entry.lemma)) \(rule.name): \(actors[holder]) → \(actors[target]) "
                         + "\(label.name) \(polarity.name) \(modality.name)\(resolved ? " [holder resolved]" : "")")
                }
            }
        }
    }

    mutating func append(_ stance: Stance) { records.append(stance) }

    /// Two mentions of the same actor: same entity, or same actor and same canonical name
    /// (a region and its country differ: Tschetschenien → Russland is a relation).
    func sameActor(_ a: Int, _ b: Int) -> Bool {
        a == b || (actors[a] == actors[b] && canonicals[a] == canonicals[b])
    }

    /// Drops records of this sentence that repeat an earlier one (same actors, label,
    /// polarity and modality).
    mutating func deduplicate(from first: Int) {
        var seen = Set<String>()
        var kept: [Stance] = []
        for record in records[first...] {
            let key = "\(actors[Int(record.holder)])|\(actors[Int(record.target)])|\(record.label.rawValue)|"
                + "\(record.polarity.rawValue)|\(record.modality.rawValue)"
            if seen.insert(key).inserted { kept.append(record) }
        }
        records.removeSubrange(first...)
        records.append(contentsOf: kept)
    }
}
