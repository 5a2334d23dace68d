import LesartCore

/// Argument slots of nominal cues: a genitive, possessive or demonym adjective before the
/// noun, a genitive or "von/aus X" after it, a prepositional target, or the clause subject
/// when no other verb cue governs the noun.
extension StanceScan {
    /// Nominal cues: a genitive, possessive or demonym adjective before the noun
    /// ("Irans Unterstützung", "seine Annexion", "die russische Annexion"), a genitive after
    /// it ("die Unterstützung Teherans für Moskau"), or the clause subject; agent nouns
    /// ("Unterstützer Russlands") take the subject as holder.
    func nounArguments(_ occurrence: CueOccurrence, entry: CueEntry, clause: Clause, mentions: [Mention],
                       subject: Int?, inheritedSubject: Int?, resolved: Bool) -> SlotFillers {
        let modifier = modifier(before: occurrence, clause: clause, mentions: mentions, inheritedSubject: inheritedSubject)
        let before = modifier?.entity
        let after = genitive(after: occurrence, clause: clause, mentions: mentions)
        // "gegenüber X" names the target of any attitude noun ("Drohungen … gegenüber Südkorea").
        let byPreposition = findTarget(entry.nounTargetSlots, mentions: mentions, excluding: before, after: occurrence.token)
        // "Die Unterstützung von Russland für Syrien", "Kritik aus Polen an Ungarn": "von"/"aus"
        // right after the noun names the holder, unless the noun's target takes that preposition.
        if before == nil, after == nil, let byPreposition, let agent = agentAfter(occurrence, entry: entry, mentions: mentions),
           agent != byPreposition {
            return SlotFillers(holder: agent, target: byPreposition, rule: .nounGenitive, holderResolved: false)
        }
        // "die Annexion der Krim durch Russland": the genitive is the patient, "durch X" the agent.
        if before == nil, let patient = after, entry.targetSlots.contains(.genitive),
           let agent = agentAfterGenitive(patient, mentions: mentions) {
            return SlotFillers(holder: agent, target: patient, rule: .nounGenitive, holderResolved: false)
        }
        if entry.holderSlots.contains(.subject) {
            // An agent noun holds a stance as a predicate: "X ist ein Verbündeter Russlands".
            guard (clause.start..<clause.end).contains(where: { grammar($0).contains(.copula) }) else {
                return .none(.nounAgent)
            }
            let target = before ?? after ?? byPreposition
            return SlotFillers(holder: subject, target: target, rule: .nounAgent, holderResolved: resolved)
        }
        if let before {
            let target = byPreposition ?? (entry.targetSlots.contains(.genitive) ? after : nil)
                ?? (entry.label == .support ? nil : objectOfSubjectNoun(occurrence, holder: before, clause: clause, mentions: mentions))
            return SlotFillers(holder: before, target: target, rule: modifier?.isAdjective == true ? .nounAdjective : .nounGenitive,
                                    holderResolved: modifier?.resolved == true)
        }
        if let after, let byPreposition {
            return SlotFillers(holder: after, target: byPreposition, rule: .nounGenitive, holderResolved: false)
        }
        // "Ungarn lehnt Waffenlieferungen an die Ukraine ab": the subject does not hold a noun
        // cue that a verb cue of another label governs.
        if clause.subject != nil, opposingVerbCue(to: entry) { return .none(.nounGenitive) }
        // "warnen den Iran vor Angriffen auf Israel", "wegen der Lieferungen": a noun inside
        // such a phrase is not the subject's act.
        if let p = governingPreposition(of: occurrence, in: clause), grammar(p).contains(.foreignAct) {
            return .none(.nounGenitive)
        }
        if let after, entry.targetSlots.contains(.genitive) {
            return SlotFillers(holder: subject, target: after, rule: .nounGenitive, holderResolved: resolved)
        }
        // "Die USA entziehen der Ukraine die Unterstützung": a dative object of the clause.
        let transfer = (clause.start..<clause.end).contains { grammar($0).contains(.transfer) }
        let object = byPreposition == nil && transfer
            ? mentions.first { $0.entity != subject && $0.objective && $0.preposition == nil && !$0.insideAttribute }?.entity
            : nil
        return SlotFillers(holder: subject, target: byPreposition ?? object, rule: .nounGenitive, holderResolved: resolved)
    }

    /// The object of the clause whose subject is the noun cue itself, for a noun that names
    /// no target of its own: "Eine französische Militärintervention stoppte den Vormarsch der
    /// Islamisten", "Chinas Kritik trifft Japan" (not for support nouns: "Die von Riad geführte
    /// Allianz griff … an" is no alliance with the object). The noun's holder is the clause subject
    /// (``subject(of:mentions:)`` reads the demonym or genitive of the subject phrase).
    func objectOfSubjectNoun(_ occurrence: CueOccurrence, holder: Int, clause: Clause, mentions: [Mention]) -> Int? {
        guard holder == clause.subject, !clause.subjectResolved, governingPreposition(of: occurrence, in: clause) == nil,
              !mentions.contains(where: { $0.first < occurrence.token && $0.entity != holder }) else { return nil }
        return mentions.first {
            $0.first >= occurrence.end && $0.entity != holder && $0.preposition == nil && !$0.coordinated
                && !$0.insideAttribute && ($0.objective || !$0.attributive)
        }?.entity
    }

    /// The actor modifying a noun cue from before it, within four words: a genitive or demonym
    /// adjective right before its determiner and adjectives ("Irans Unterstützung", "die russische
    /// Annexion"), or a possessive's actor: the nearest actor before it, else the subject.
    func modifier(before occurrence: CueOccurrence, clause: Clause, mentions: [Mention], inheritedSubject: Int?)
        -> NounModifier? {
        var k = occurrence.token - 1
        var steps = 0
        var passedDeterminer = false
        while k >= clause.start, steps < 4 {
            if entityAt[k] >= 0 {
                // Only a genitive ("Irans Unterstützung") or a demonym adjective ("die russische
                // Annexion") modifies the noun; "der Ukraine die Unterstützung" are two phrases.
                let index = Int(entityAt[k])
                let attributive = entities[index].form == .derived
                    || (!passedDeterminer && mentions.contains { $0.entity == index && $0.attributive })
                guard attributive else { return nil }
                return NounModifier(entity: index, isAdjective: entities[index].form == .derived, resolved: false)
            }
            if isDeterminer(k) { passedDeterminer = true }
            if grammar(k).contains(.possessive) {
                // The possessive refers to the nearest actor before it ("kritisierte China für
                // seine Unterstützung Russlands"), else to the subject.
                if let near = mentions.last(where: { $0.end <= k && $0.preposition == nil && !$0.attributive }) {
                    return NounModifier(entity: near.entity, isAdjective: false, resolved: false)
                } else if let s = clause.subject, !clause.subjectResolved {
                    return NounModifier(entity: s, isAdjective: false, resolved: false)
                } else if let s = inheritedSubject {
                    return NounModifier(entity: s, isAdjective: false, resolved: false)
                } else if let last = lastSubject {
                    return NounModifier(entity: last, isAdjective: false, resolved: true)
                }
                return nil
            }
            guard isAttributiveWord(k) || isDeterminer(k) else { break }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// The actor in the genitive after a noun cue, within eight words, past a place ("im
    /// Irak"); nil if a preposition other than "in"/"im" governs it.
    func genitive(after occurrence: CueOccurrence, clause: Clause, mentions: [Mention]) -> Int? {
        // A genitive after the noun, possibly a class with examples: "die Unterstützung
        // Teherans", "der Krim", "terroristischer Organisationen wie der Hamas".
        var after: Int? = nil
        var j = occurrence.end
        var steps = 0
        var nouns = 0
        while j < clause.end, steps < 8 {
            if entityAt[j] >= 0 {
                let index = Int(entityAt[j])
                if let m = mentions.first(where: { $0.entity == index }), let p = m.preposition, isWord(p, .locative) {
                    j = m.end
                    steps += 1
                    continue
                }
                after = index
                break
            }
            if tokens[j].kind == .word, tokens[j].flags.contains(.capitalized), nouns == 0 {
                nouns += 1
            } else if !(isDeterminer(j) || isAttributiveWord(j) || isWord(j, anyOf: [.like, .forInstance, .locative])) {
                break
            }
            j += 1
            steps += 1
        }
        if let a = after, let m = mentions.first(where: { $0.entity == a }), let p = m.preposition,
           !isWord(p, .locative) {
            after = nil
        }
        return after
    }

    /// The actor of a support noun in a "mit" phrase: a genitive right after it ("mit
    /// Unterstützung Großbritanniens"), "von X" after it ("mit Hilfe von Frankreich"), or a
    /// demonym or prenominal genitive before it ("mit russischer Hilfe", "mit Irans Hilfe").
    func supportingActor(of occurrence: CueOccurrence, mentions: [Mention]) -> Int? {
        var j = occurrence.end
        if j < tokens.count, isWord(j, .by) { j += 1 }
        while j < tokens.count, isDeterminer(j) { j += 1 }
        if j < tokens.count, entityAt[j] >= 0 {
            let entity = Int(entityAt[j])
            if j > occurrence.end || isGenitiveForm(of: entity) || entities[entity].form == .name && isWord(j - 1, .genitiveMasculine) {
                return mentions.contains { $0.entity == entity } ? entity : nil
            }
        }
        var k = occurrence.token - 1
        while k >= 0, isAttributiveWord(k), entityAt[k] < 0 { k -= 1 }
        if k >= 0, entityAt[k] >= 0, mentions.contains(where: { $0.entity == Int(entityAt[k]) && $0.attributive }) {
            return Int(entityAt[k])
        }
        return nil
    }

    /// Whether the clause being processed (its cues are ``StanceScan/clauseCues``) holds a
    /// verb cue of distancing or threat that governs a noun cue ("lehnt Waffenlieferungen ab",
    /// "kritisiert die Sanktionen"); a phrase built on the noun ("Sanktionen verhängen") does
    /// not count, a support verb adopts the noun's stance ("unterstützt Sanktionen gegen Russland").
    func opposingVerbCue(to entry: CueEntry) -> Bool {
        clauseCues.contains { occurrence in
            let other = lexicon.cues[Int(occurrence.cue)]
            guard other.kind == .verb || other.kind == .phrase, other.label != .support else { return false }
            return !(other.kind == .phrase && other.companions.contains { entry.lemma.hasPrefix($0) || $0.hasPrefix(entry.lemma) })
        }
    }

    /// The preposition heading a noun cue's phrase ("vor weiteren Angriffen"), if any.
    func governingPreposition(of occurrence: CueOccurrence, in clause: Clause) -> Int? {
        governingPreposition(before: occurrence.token, from: clause.start)
    }

    /// The preposition before the phrase starting at token `first`, past at most three
    /// articles and adjectives, not before token `start` ("vor weiteren Angriffen", "in der Osttürkei").
    func governingPreposition(before first: Int, from start: Int) -> Int? {
        var k = first - 1
        while k >= start, first - k <= 4, isDeterminer(k) || isAttributiveWord(k) {
            k -= 1
        }
        return k >= start && tokens[k].kind == .word && grammar(k).contains(.preposition) ? k : nil
    }

    /// An actor in "von/vom/aus/seitens X" (class `noun-agent`) right after a noun cue, when the cue's target is
    /// not governed by that preposition ("Distanzierung von Teheran" names the target).
    func agentAfter(_ occurrence: CueOccurrence, entry: CueEntry, mentions: [Mention]) -> Int? {
        var j = occurrence.end
        guard j < tokens.count, isListed(j, .nounAgent),
              !entry.targetSlots.contains(where: { if case .preposition(let p) = $0 { isPreposition(j, p) } else { false } })
        else { return nil }
        j += 1
        while j < tokens.count, isDeterminer(j) { j += 1 }
        guard j < tokens.count, entityAt[j] >= 0 else { return nil }
        let entity = Int(entityAt[j])
        return mentions.contains { $0.entity == entity } ? entity : nil
    }
}
