import LesartCore

/// Relations as such: "X stärkt die Beziehungen zu Y" (support), "die Beziehungen zu Y
/// verschlechtern sich" (distancing), "Spannungen zwischen X und Y" (distancing, both
/// directions), "X und Y vertieften ihre Zusammenarbeit" (support, both directions).
extension StanceScan {
    mutating func relations(in clause: Clause, clauseIndex: Int, clauses: [Clause], mentions: [Mention], sentence: Int,
                            conditional: Bool, reported: Bool, inheritedSubject: Int?) {
        var noun: Int? = nil
        var bond = false
        var tension: Int? = nil
        // The first capitalised word of improving or worsening ("Annäherung").
        var capitalizedDirection: RelationDirection? = nil
        for k in clause.start..<clause.end where tokens[k].kind == .word {
            switch lookups[k].word.relation {
            case .noun?: if noun == nil { noun = k }
            case .bond?: if noun == nil { noun = k; bond = true }
            case .tension?: if tension == nil { tension = k }
            case .improve?, .worsen?:
                if capitalizedDirection == nil, tokens[k].flags.contains(.capitalized) {
                    capitalizedDirection = RelationDirection(token: k, label: direction(of: k))
                }
            case nil: break
            }
        }
        // The word that decides the direction is the one nearest the relation noun (the first
        // of the nearest).
        var nearest: RelationDirection? = nil
        if let noun {
            for k in clause.start..<clause.end where tokens[k].kind == .word {
                guard lookups[k].word.relation == .improve || lookups[k].word.relation == .worsen else { continue }
                if nearest.map({ abs(k - noun) < abs($0.token - noun) }) ?? true {
                    nearest = RelationDirection(token: k, label: direction(of: k))
                }
            }
        }
        let direction = nearest?.label
        let cueToken = nearest?.token
        var label: StanceLabel
        let anchor: Int
        let rule: StanceRule
        let between = mentions.first(where: { $0.preposition.map { isWord($0, .between) } ?? false })
        if let tension {
            label = .distancing
            anchor = tension
            rule = .tension
        } else if let noun, let direction {
            label = direction
            anchor = noun
            rule = .relation
        } else if noun == nil, between != nil, let word = capitalizedDirection {
            // "Die Annäherung zwischen X und Y": a noun of improving or worsening is the relation.
            label = word.label
            anchor = word.token
            rule = .relation
        } else if let noun, bond, between != nil {
            // "Die Zusammenarbeit zwischen X und Y wächst": a good relation of both sides.
            label = .support
            anchor = noun
            rule = .relation
        } else {
            return
        }
        // The pairs are each actor of `holders` with each later one (mutual), or with each of `targets`.
        var holders = ActorGroup()
        var targets = ActorGroup()
        var mutual = false
        // The holder was a pronoun or possessive resolved to an earlier actor.
        var holderResolved = false
        // "zwischen X und Y": one record, marked mutual (it holds in both directions).
        if let between {
            holders = expand(between.entity, in: mentions)
            mutual = true
        } else {
            holderResolved = clause.subjectResolved
            if let subject = clause.subject {
                holders = expand(subject, in: mentions)
            } else if (clause.start..<anchor).contains(where: { grammar($0).contains(.possessive) }),
                      let owner = inheritedSubject ?? lastSubject {
                holders = ActorGroup(owner)
                holderResolved = inheritedSubject == nil
            }
            // The first actor after the relation word that is no holder; for strained relations
            // named without "zwischen" the other side needs "mit", "zu" or "gegenüber"
            // ("der Konflikt mit Russland"): "Der Konflikt … und Polen fordert Schutz durch die
            // NATO" names no conflict with the NATO.
            let other = mentions.first { m in
                !holders.contains(m.entity) && m.first > anchor
                    && (rule != .tension || m.preposition.map { isWord($0, .tensionSide) } == true)
            }
            if other == nil, holders.count >= 2 {
                // "Russland und Aserbaidschan stärkten ihre Beziehungen": mutual.
                mutual = true
            } else if let first = other {
                targets = expand(first.entity, in: mentions)
            } else {
                holders = ActorGroup()
            }
        }
        var polarity = StancePolarity.affirmed
        switch negation(ofCueAt: anchor, isNoun: true, clause: clause, clauseIndex: clauseIndex, clauses: clauses) {
        case .none: break
        case .negated: polarity = .negated
        case .ceased: if label == .support { label = .distancing }
        }
        let modality = modality(in: clause, conditional: conditional, reported: reported)
        let record = Stance(sentence: UInt32(sentence), label: label, holder: 0, target: 0, cueFirstToken: UInt32(anchor),
                            cueEndToken: UInt32(anchor + 1), cue: lexicon.catalogIndex(.relation), polarity: polarity, modality: modality,
                            rule: rule.id, holderResolved: holderResolved,
                            confidence: rule.confidence.value(holderResolved: holderResolved),
                            mutual: mutual)
        let cue = cueToken ?? anchor
        if mutual {
            for (k, a) in holders.enumerated() {
                for b in holders[(k + 1)...] { appendRelation(record, holder: a, target: b, cue: cue, rule: rule) }
            }
        } else {
            for h in holders {
                for t in targets { appendRelation(record, holder: h, target: t, cue: cue, rule: rule) }
            }
        }
    }

    /// Appends `record` with `holder` and `target` unless they are the same actor.
    mutating func appendRelation(_ record: Stance, holder h: Int, target t: Int, cue: Int, rule: StanceRule) {
        guard !sameActor(h, t), canHold(h), canBeTarget(t, label: record.label) else { return }
        var record = record
        record.holder = UInt32(h)
        record.target = UInt32(t)
        append(record)
        if tracing {
            let anchor = Int(record.cueFirstToken)
            note("    relation '\(textString(anchor..<(anchor + 1)))'/'\(textString(cue..<(cue + 1)))' \(rule.name): "
                 + "\(names.actor(h)) → \(names.actor(t)) \(record.label.name)")
        }
    }

    /// The label a word of improving (support) or worsening (distancing) relations gives.
    func direction(of k: Int) -> StanceLabel { lookups[k].word.relation == .improve ? .support : .distancing }
}
