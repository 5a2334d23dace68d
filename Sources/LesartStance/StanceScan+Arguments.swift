import LesartCore

/// Argument slots: who holds the stance and whom it concerns.
extension StanceScan {
    /// Holders and targets of a cue (coordinated actors expanded), the rule, and whether
    /// the holder was resolved from a pronoun. Nil when either side is missing.
    func arguments(of occurrence: CueOccurrence, entry: CueEntry, clause: Clause, mentions: [Mention],
                   inheritedSubject: Int?) -> (holders: [Int], targets: [Int], rule: StanceRule, resolved: Bool)? {
        let subject = clause.subject ?? inheritedSubject
        var resolved = clause.subject != nil ? clause.subjectResolved : false
        var rule: StanceRule
        var holder: Int?
        var target: Int?
        switch entry.kind {
        case .verb, .phrase, .adj:
            let passive = occurrence.kind == .participle && entry.kind != .adj
                && (clause.start..<clause.end).contains { grammar($0).contains(.passive) }
            if entry.isRecipient {
                rule = .verbRecipient
                holder = mentions.first { m in entry.holderSlots.contains { slot in matches(m, slot) } }?.entity
                target = subject
            } else if passive {
                rule = .verbPassive
                holder = mentions.first { m in
                    m.preposition.map { equals($0, "von") || equals($0, "vom") || equals($0, "durch") } ?? false
                }?.entity
                target = mentions.first { $0.preposition == nil && !$0.attributive && $0.entity != holder }?.entity
            } else if isInfinitive(occurrence, clause: clause), let inheritedSubject {
                // "…, die Ukraine um jeden Preis zu erobern": the clause has no subject of its own.
                rule = .inheritedHolder
                holder = inheritedSubject
                resolved = false
                target = findTarget(entry.targetSlots, mentions: mentions.map { var m = $0; m.attributive = false; return m },
                                    excluding: holder, after: occurrence.token)
                    ?? mentions.first { $0.entity != holder && $0.preposition == nil }?.entity
            } else {
                rule = entry.kind == .adj ? .adjective : entry.kind == .phrase ? .phrase : .verbActive
                holder = subject
                if clause.subject == nil, inheritedSubject != nil { rule = .inheritedHolder }
                target = findTarget(entry.targetSlots, mentions: mentions, excluding: holder, after: occurrence.token)
            }
        case .noun where occurrence.embedded != nil:
            // "den Prozess des EU-Beitritts eingeleitet": the name in the compound is the target.
            rule = .nounGenitive
            holder = subject
            target = occurrence.embedded
        case .noun:
            // A noun's holder is found in its own clause ("um dessen Fähigkeit zu verstärken,
            // Angriffe … durchzuführen" must not borrow the main clause's subject).
            (holder, target, rule, resolved) = nounArguments(occurrence, entry: entry, clause: clause, mentions: mentions,
                                                           subject: clause.subject, inheritedSubject: inheritedSubject,
                                                           resolved: clause.subjectResolved)
        }
        guard let holder, let target, holder != target else { return nil }
        return (expand(holder, in: mentions), expand(target, in: mentions), rule, resolved)
    }

    /// A zu-infinitive: "zu erobern", "zuzusagen", or an infinitive in an "um"/"ohne" clause.
    func isInfinitive(_ occurrence: CueOccurrence, clause: Clause) -> Bool {
        guard occurrence.kind == .infinitive else { return false }
        if occurrence.token > clause.start, equals(occurrence.token - 1, "zu") { return true }
        if let opener = clause.opener, equals(opener, "um") || equals(opener, "ohne") { return true }
        let w = Array(text(occurrence.token))
        return w.count > 6 && (2..<(w.count - 4)).contains { w[$0] == UInt8(ascii: "z") && w[$0 + 1] == UInt8(ascii: "u") }
    }

    /// Nominal cues: a genitive, possessive or demonym adjective before the noun
    /// ("Irans Unterstützung", "seine Annexion", "die russische Annexion"), a genitive after
    /// it ("die Unterstützung Teherans für Moskau"), or the clause subject; agent nouns
    /// ("Unterstützer Russlands") take the subject as holder.
    func nounArguments(_ occurrence: CueOccurrence, entry: CueEntry, clause: Clause, mentions: [Mention],
                       subject: Int?, inheritedSubject: Int?, resolved: Bool) -> (Int?, Int?, StanceRule, Bool) {
        var before: Int? = nil
        var beforeIsAdjective = false
        var beforeResolved = false
        var k = occurrence.token - 1
        var steps = 0
        while k >= clause.start, steps < 4 {
            if entityAt[k] >= 0 {
                let index = Int(entityAt[k])
                before = index
                beforeIsAdjective = entities[index].form == .derived
                break
            }
            if grammar(k).contains(.possessive) {
                if let s = clause.subject, !clause.subjectResolved { before = s } else if let s = inheritedSubject {
                    before = s
                } else if let last = lastSubject {
                    before = last
                    beforeResolved = true
                }
                break
            }
            guard isAttributiveWord(k) || isDeterminer(k) else { break }
            k -= 1
            steps += 1
        }
        // A genitive after the noun, possibly a class with examples: "die Unterstützung
        // Teherans", "der Krim", "terroristischer Organisationen wie der Hamas".
        var after: Int? = nil
        var j = occurrence.end
        steps = 0
        var nouns = 0
        while j < clause.end, steps < 8 {
            if entityAt[j] >= 0 {
                let index = Int(entityAt[j])
                if let m = mentions.first(where: { $0.entity == index }), let p = m.preposition,
                   equals(p, "in") || equals(p, "im") {
                    j = m.end
                    steps += 1
                    continue
                }
                after = index
                break
            }
            if tokens[j].kind == .word, tokens[j].flags.contains(.capitalized), nouns == 0 {
                nouns += 1
            } else if !(isDeterminer(j) || isAttributiveWord(j) || equals(j, "wie") || equals(j, "etwa")
                        || equals(j, "im") || equals(j, "in")) {
                break
            }
            j += 1
            steps += 1
        }
        if let a = after, let m = mentions.first(where: { $0.entity == a }), let p = m.preposition,
           !(equals(p, "in") || equals(p, "im")) {
            after = nil
        }
        let byPreposition = findTarget(entry.targetSlots.filter { if case .preposition = $0 { return true } else { return false } },
                                       mentions: mentions, excluding: before, after: occurrence.token)
        if entry.holderSlots.contains(.subject) {
            // An agent noun holds a stance as a predicate: "X ist ein Verbündeter Russlands".
            guard (clause.start..<clause.end).contains(where: { grammar($0).contains(.copula) }) else {
                return (nil, nil, .nounAgent, false)
            }
            let target = before ?? after ?? byPreposition
            return (subject, target, .nounAgent, resolved)
        }
        if let before {
            let target = byPreposition ?? (entry.targetSlots.contains(.genitive) ? after : nil)
            return (before, target, beforeIsAdjective ? .nounAdjective : .nounGenitive, beforeResolved)
        }
        if let after, let byPreposition {
            return (after, byPreposition, .nounGenitive, false)
        }
        if let after, entry.targetSlots.contains(.genitive) {
            return (subject, after, .nounGenitive, resolved)
        }
        return (subject, byPreposition, .nounGenitive, resolved)
    }

    /// The first actor filling one of `slots`, in order of the slots.
    func findTarget(_ slots: [ArgumentSlot], mentions: [Mention], excluding holder: Int?, after cue: Int) -> Int? {
        for slot in slots {
            switch slot {
            case .preposition, .genitive:
                if let m = mentions.first(where: { $0.entity != holder && !$0.insideAttribute && matches($0, slot) }) {
                    return m.entity
                }
            case .object:
                if let m = mentions.first(where: { $0.entity != holder && $0.objective && $0.preposition == nil }) {
                    return m.entity
                }
                if let m = mentions.first(where: { $0.entity != holder && $0.preposition == nil && !$0.attributive }) {
                    return m.entity
                }
            case .subject:
                continue
            }
        }
        return nil
    }

    /// Whether a mention fills a slot: governed by the slot's preposition (`von` also as
    /// `vom`, `zu` as `zum`/`zur`, `an` as `am`, `in` as `im`/`ins`), or a genitive.
    func matches(_ m: Mention, _ slot: ArgumentSlot) -> Bool {
        switch slot {
        case .preposition(let p):
            guard let k = m.preposition else { return false }
            let variants: [String]
            switch p {
            case "von": variants = ["von", "vom"]
            case "zu": variants = ["zu", "zum", "zur"]
            case "an": variants = ["an", "am"]
            case "in": variants = ["in", "im", "ins"]
            case "bei": variants = ["bei", "beim"]
            default: variants = [p]
            }
            return variants.contains { equals(k, $0) }
        case .genitive:
            return m.preposition == nil && (m.attributive || isGenitiveForm(m))
        case .subject, .object:
            return false
        }
    }

    /// A name in the genitive: "Russlands", "des Iran".
    func isGenitiveForm(_ m: Mention) -> Bool {
        let last = text(m.end - 1)
        if last.last == UInt8(ascii: "s"), !actors[m.entity].hasSuffix("s") { return true }
        return m.first > 0 && (equals(m.first - 1, "des") || equals(m.first - 1, "der"))
    }

    /// An actor and the actors coordinated with it: "Russland und Aserbaidschan",
    /// "dem Iran, Armenien, Kasachstan und sogar der Region Tschetschenien".
    func expand(_ entity: Int, in mentions: [Mention]) -> [Int] {
        var result = [entity]
        var end = Int(entities[entity].endToken)
        while end < tokens.count {
            var k = end
            guard k < tokens.count, equals(k, ",") || grammar(k).contains(.coordinator) else { break }
            let loose = grammar(k).contains(.coordinator)
            k += 1
            var steps = 0
            // After "und" any modifiers may come ("und sogar der lang kontrollierten Region X");
            // after a comma only determiners, or the comma ends the enumeration.
            while k < tokens.count, steps < 5, entityAt[k] < 0,
                  isDeterminer(k) || isRegionWord(k) || grammar(k).contains(.coordinator)
                    || (loose && tokens[k].kind == .word && tokens[k].flags.contains(.lowercase)
                        && !grammar(k).contains(.preposition)) {
                k += 1
                steps += 1
            }
            guard k < tokens.count, entityAt[k] >= 0 else { break }
            let next = Int(entityAt[k])
            guard mentions.contains(where: { $0.entity == next }) else { break }
            result.append(next)
            end = Int(entities[next].endToken)
        }
        return result
    }

    /// "Region", "Staat": classifiers before a name in an enumeration.
    func isRegionWord(_ k: Int) -> Bool {
        equals(k, "Region") || equals(k, "Staat") || equals(k, "Republik") || equals(k, "Land")
    }
}
