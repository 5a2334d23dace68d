import LesartCore

/// Argument slots: who holds the stance and whom it concerns.
extension StanceScan {
    /// Holders and targets of a cue (coordinated actors expanded, the holder's conjuncts
    /// never a target), the rule, whether the holder was resolved from a pronoun, and whether
    /// the relation is mutual (a reciprocal or symmetric verb with a coordinated subject).
    /// Nil when either side is missing.
    func arguments(of occurrence: CueOccurrence, entry: CueEntry, clause: Clause, mentions: [Mention],
                   inheritedSubject: Int?) -> CueArguments? {
        let found: SlotFillers
        switch entry.kind {
        case .verb, .phrase, .adj:
            found = verbArguments(of: occurrence, entry: entry, clause: clause, mentions: mentions,
                                  inheritedSubject: inheritedSubject)
        case .noun where occurrence.embedded != nil:
            found = compoundArguments(of: occurrence, entry: entry, clause: clause, mentions: mentions,
                                      subject: clause.subject ?? inheritedSubject)
        case .noun where entry.label == .support
            && governingPreposition(of: occurrence, in: clause).map({ isWord($0, .accompaniment) }) == true:
            // "Die USA fliegen mit Unterstützung Großbritanniens Luftangriffe": the noun's own holder
            // (genitive, "von X", demonym) supports the clause subject.
            let holder = supportingActor(of: occurrence, mentions: mentions)
            found = SlotFillers(holder: holder, target: holder == nil ? nil : clause.subject ?? inheritedSubject,
                                rule: .nounGenitive, holderResolved: clause.subjectResolved)
        case .noun:
            // A noun's holder is found in its own clause ("um dessen Fähigkeit zu verstärken,
            // Angriffe … durchzuführen" must not borrow the main clause's subject).
            // In an "um/ohne … zu" clause the noun's holder is the inherited subject ("…, um der
            // Ukraine Hilfe zu leisten"); a bare zu-infinitive may have another agent.
            let infinitiveClause = clause.subject == nil && clause.opener.map { isWord($0, anyOf: [.purpose, .without]) } == true
            found = nounArguments(occurrence, entry: entry, clause: clause, mentions: mentions,
                                  subject: clause.subject ?? (infinitiveClause ? inheritedSubject : nil),
                                  inheritedSubject: inheritedSubject, resolved: clause.subjectResolved)
        }
        var filled = found
        if filled.target == nil, let holder = filled.holder {
            filled.target = respondedActor(in: clause, mentions: mentions, holder: holder)
        }
        return grouped(filled, entry: entry, clause: clause, mentions: mentions)
    }

    /// The actor a clause responds to ("Als Reaktion auf Manöver der USA …", class
    /// `response`): the first actor other than the holder in the phrase governed by the
    /// preposition after the response noun.
    func respondedActor(in clause: Clause, mentions: [Mention], holder: Int) -> Int? {
        guard let noun = (clause.start..<clause.end).first(where: { grammar($0).contains(.response) && tokens[$0].flags.contains(.capitalized) }),
              noun + 1 < clause.end, grammar(noun + 1).contains(.preposition) else { return nil }
        let group = expand(holder, in: mentions)
        return mentions.first { m in
            m.preposition == noun + 1 && !group.contains(m.entity) && !sameActor(holder, m.entity)
        }?.entity
    }

    /// Holder and target of a verb, phrase or adjective cue by voice: a recipient verb's giver
    /// ("erhält … von X"), a passive's agent ("wird von Y unterstützt"), the subject inherited
    /// by a zu-infinitive ("…, die Ukraine zu erobern"), else the clause subject; the target
    /// from the cue's slots.
    func verbArguments(of occurrence: CueOccurrence, entry: CueEntry, clause: Clause, mentions: [Mention],
                       inheritedSubject: Int?) -> SlotFillers {
        let subject = clause.subject ?? inheritedSubject
        let resolved = clause.subject != nil ? clause.subjectResolved : false
        let passive = occurrence.kind == .participle && entry.kind != .adj
            && firstPassiveAuxiliary(in: clause) != nil
        if entry.isRecipient {
            let holder = mentions.first { m in entry.holderSlots.contains { slot in matches(m, slot) } }?.entity
            // "Der argentinische Papst wurde von Correa empfangen": a demonym of a person is no state.
            let target = subject.flatMap { entry.label == .threat || !isDemonymOfThing($0) ? $0 : nil }
            return SlotFillers(holder: holder, target: target, rule: .verbRecipient, holderResolved: resolved)
        } else if passive {
            // "X wird von Y unterstützt": the agent holds, the subject is the target.
            let holder = mentions.first { m in m.preposition.map { grammar($0).contains(.agent) } ?? false }?.entity
                ?? eventAgent(in: clause, label: entry.label, mentions: mentions)
            let agents = holder.map { expand($0, in: mentions) } ?? ActorGroup()
            let target: Int?
            if let s = clause.subject, !agents.contains(s) {
                target = s
            } else {
                target = mentions.first { $0.preposition == nil && !$0.attributive && !agents.contains($0.entity) }?.entity
            }
            return SlotFillers(holder: holder, target: target, rule: .verbPassive, holderResolved: resolved)
        } else if isInfinitive(occurrence, clause: clause), let inheritedSubject {
            // "…, die Ukraine um jeden Preis zu erobern": the clause has no subject of its own.
            let target = findTarget(entry.targetSlots, mentions: mentions, excluding: inheritedSubject, after: occurrence.token,
                                    ignoringAttributive: true, label: entry.label)
                ?? mentions.first { $0.entity != inheritedSubject && $0.preposition == nil }?.entity
            return SlotFillers(holder: inheritedSubject, target: target, rule: .inheritedHolder, holderResolved: false)
        }
        var rule: StanceRule = entry.kind == .adj ? .adjective : entry.kind == .phrase ? .phrase : .verbActive
        if clause.subject == nil, inheritedSubject != nil { rule = .inheritedHolder }
        let target = findTarget(entry.targetSlots, mentions: mentions, excluding: subject, after: occurrence.token,
                                label: entry.label)
        return SlotFillers(holder: subject, target: target, rule: rule, holderResolved: resolved)
    }

    /// A noun cue carried by a name as its compound head ("den Prozess des EU-Beitritts
    /// eingeleitet"): the name in the compound is the target; a genitive before it holds
    /// ("Schwedens NATO-Beitritt"), else the subject unless a verb of distancing governs it
    /// ("hat Schwedens NATO-Beitritt blockiert").
    func compoundArguments(of occurrence: CueOccurrence, entry: CueEntry, clause: Clause, mentions: [Mention],
                           subject: Int?) -> SlotFillers {
        let resolved = clause.subject != nil ? clause.subjectResolved : false
        if let other = findTarget(entry.prepositionalTargetSlots, mentions: mentions, excluding: occurrence.embedded,
                                  after: occurrence.token) {
            // "Die EU-Sanktionen gegen Russland": the name in the compound holds, the
            // prepositional object is the target.
            return SlotFillers(holder: occurrence.embedded, target: other, rule: .nounGenitive, holderResolved: false)
        } else if let g = mentions.first(where: { $0.end == occurrence.token && ($0.attributive || isGenitiveForm($0)) }) {
            return SlotFillers(holder: g.entity, target: occurrence.embedded, rule: .nounGenitive, holderResolved: false)
        } else if !opposingVerbCue(to: entry),
                  !(governingPreposition(of: occurrence, in: clause).map { grammar($0).contains(.foreignAct) || isWord($0, .counter) } ?? false) {
            // "verstößt gegen UN-Sanktionen", "wegen des EU-Beitritts": not the subject's act.
            return SlotFillers(holder: subject, target: occurrence.embedded, rule: .nounGenitive, holderResolved: resolved)
        }
        return SlotFillers(holder: nil, target: occurrence.embedded, rule: .nounGenitive, holderResolved: resolved)
    }

    /// Holders and targets with their coordinated actors (the holder's conjuncts never a
    /// target); a reciprocal or symmetric cue of a coordinated subject without a target is
    /// mutual ("Polen und Litauen kritisieren sich gegenseitig", "Russland und China
    /// kooperieren"). Nil when either side is missing.
    func grouped(_ found: SlotFillers, entry: CueEntry, clause: Clause, mentions: [Mention]) -> CueArguments? {
        if found.target == nil, let holder = found.holder, entry.kind != .noun || holder == clause.subject {
            let group = expand(holder, in: mentions)
            if group.count >= 2, entry.isSymmetric || (clause.start..<clause.end).contains(where: {
                grammar($0).contains(.reciprocal) || isWord($0, .reflexive)
            }) {
                var others = ActorGroup()
                for entity in group.dropFirst() { others.append(entity) }
                return CueArguments(holders: ActorGroup(group[0]), targets: others, rule: found.rule,
                                    holderResolved: found.holderResolved, mutual: true)
            }
        }
        guard let holder = found.holder, let target = found.target, holder != target else { return nil }
        let holders = expand(holder, in: mentions)
        var targets = ActorGroup()
        for entity in expand(target, in: mentions) where !holders.contains(entity) { targets.append(entity) }
        return CueArguments(holders: holders, targets: targets, rule: found.rule, holderResolved: found.holderResolved,
                            mutual: false)
    }

    /// A zu-infinitive: "zu erobern", "zuzusagen", or an infinitive in an "um"/"ohne" clause.
    func isInfinitive(_ occurrence: CueOccurrence, clause: Clause) -> Bool {
        guard occurrence.kind == .infinitive else { return false }
        if occurrence.token > clause.start, isWord(occurrence.token - 1, .infinitiveMarker) { return true }
        if let opener = clause.opener, isWord(opener, anyOf: [.purpose, .without]) { return true }
        return hasInnerZu(occurrence.token, margin: 4)
    }

    /// The first actor filling one of `slots`, in order of the slots. With `ignoringAttributive`
    /// no mention counts as attributive (the object of a zu-infinitive).
    func findTarget(_ slots: [ArgumentSlot], mentions: [Mention], excluding holder: Int?, after cue: Int,
                    ignoringAttributive: Bool = false, label: StanceLabel = .threat) -> Int? {
        // The holder and the actors coordinated with it are no target ("Russland und Belarus unterstützen Serbien").
        let group = holder.map { expand($0, in: mentions) } ?? ActorGroup()
        /// A mention that may be the target, as the slots read it.
        func candidate(_ mention: Mention) -> Mention? {
            guard !group.contains(mention.entity), holder.map({ !sameActor($0, mention.entity) }) ?? true else { return nil }
            // The person whose title named the holder ("Tschechiens Außenminister X") is no object.
            if let holder, roleOwner(of: mention, in: mentions) == holder { return nil }
            var m = mention
            if ignoringAttributive { m.attributive = false }
            return m
        }
        for slot in slots {
            switch slot {
            case .preposition, .genitive:
                if let m = mentions.first(where: {
                    candidate($0).map { $0.entity != holder && !$0.insideAttribute && matches($0, slot)
                        && standsForState($0, label: label) } ?? false
                }) {
                    return m.entity
                }
            case .object:
                // A later conjunct ("Syrien und den Iran") is reached through the first.
                if let m = mentions.first(where: {
                    candidate($0).map { $0.entity != holder && $0.objective && $0.preposition == nil && !$0.coordinated
                        && standsForState($0, label: label) && !isGenitiveInPrepositionalPhrase($0) } ?? false
                }) {
                    return m.entity
                }
                if let m = mentions.first(where: {
                    candidate($0).map { $0.entity != holder && $0.preposition == nil && !$0.attributive
                        && !isGenitiveInPrepositionalPhrase($0) } ?? false
                }) {
                    return m.entity
                }
                // A demonym adjective in the object: "greift ukrainische Städte an" → Ukraine
                // (after the holder: a demonym before it belongs to the subject). Only an attack
                // on a thing of a state is one on the state; rejecting "einen britischen Bericht"
                // is no distancing from Britain, criticising "die britische Regierung" is.
                let holderStart = holder.flatMap { h in mentions.first { $0.entity == h }?.first } ?? -1
                if let m = mentions.first(where: {
                    candidate($0).map {
                        $0.entity != holder && $0.preposition == nil && entities[$0.entity].form == .derived && $0.first > holderStart
                            && standsForState($0, label: label)
                    } ?? false
                }) {
                    return m.entity
                }
            case .subject:
                continue
            }
        }
        return nil
    }

    /// A genitive attribute of a noun inside a prepositional phrase ("Nach der Kritik der
    /// österreichischen Regierung griff Italien Libyen an"): part of an adjunct, no object.
    func isGenitiveInPrepositionalPhrase(_ m: Mention) -> Bool {
        var k = m.first - 1
        while k > 0, isAttributiveWord(k) || (entityAt[k] >= 0 && entities[Int(entityAt[k])].form == .derived) { k -= 1 }
        guard k > 1, isWord(k, .genitiveArticle) else { return false }
        k -= 1
        guard tokens[k].kind == .word, tokens[k].flags.contains(.capitalized), entityAt[k] < 0 else { return false }
        k -= 1
        while k >= 0, isDeterminer(k) || isAttributiveWord(k) { k -= 1 }
        return k >= 0 && tokens[k].kind == .word && grammar(k).contains(.preposition)
    }

    /// Whether a mention in the object stands for its actor: a name does; a demonym adjective
    /// only before an organ ("die britische Regierung") or an act of the state ("die russische
    /// Annexion"), or as the object of an attack ("greift ukrainische Städte an"); rejecting
    /// "einen britischen Bericht" is no distancing from Britain.
    func standsForState(_ m: Mention, label: StanceLabel) -> Bool {
        label == .threat || !isDemonymOfThing(m.entity)
    }

    /// A demonym that names people or a thing of the state, not the state: a demonym noun
    /// ("ein Belgier") or an adjective before a noun that is neither an organ nor an act
    /// ("einen britischen Bericht", "zwei deutsche Journalisten").
    func isDemonymOfThing(_ entity: Int) -> Bool {
        guard entities[entity].form == .derived else { return false }
        if tokens[Int(entities[entity].firstToken)].flags.contains(.capitalized) && entities[entity].endToken
            == entities[entity].firstToken + 1 && !sentenceStartToken(Int(entities[entity].firstToken)) { return true }
        let end = Int(entities[entity].endToken)
        guard end < tokens.count else { return false }
        return !(grammar(end).contains(.organ) || cueForms(end) != nil || compoundHead(end) != nil)
    }

    /// Whether a mention fills a slot: governed by the slot's preposition (`von` also as
    /// `vom`, `zu` as `zum`/`zur`, `an` as `am`, `in` as `im`/`ins`), or a genitive.
    func matches(_ m: Mention, _ slot: ArgumentSlot) -> Bool {
        switch slot {
        case .preposition(let p):
            guard let k = m.preposition else { return false }
            return isPreposition(k, p)
        case .genitive:
            return m.preposition == nil && (m.attributive || isGenitiveForm(m))
        case .subject, .object:
            return false
        }
    }

    /// Whether token `k` is preposition `p`, also fused with the article (`vom`, `zum`, `am`,
    /// `im`, `beim`: `contractions.tsv`).
    func isPreposition(_ k: Int, _ p: String) -> Bool {
        if equals(k, text: p) { return true }
        guard let fused = facts(k).contraction else { return false }
        return lexicon.ruleWords.prepositions[Int(fused)] == p
    }

    /// A name in the genitive: "Russlands", "des Iran".
    func isGenitiveForm(_ m: Mention) -> Bool {
        if isGenitiveForm(of: m.entity) { return true }
        return m.first > 0 && isWord(m.first - 1, .genitiveArticle)
    }

    /// A name with the genitive -s its actor's name does not have ("Russlands").
    func isGenitiveForm(of entity: Int) -> Bool {
        let last = text(Int(entities[entity].endToken) - 1)
        return last.last == UInt8(ascii: "s") && !names.actor(entity).hasSuffix("s")
    }
}
