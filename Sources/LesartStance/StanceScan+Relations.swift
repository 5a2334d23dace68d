import LesartCore

/// Relations as such: "X stärkt die Beziehungen zu Y" (support), "die Beziehungen zu Y
/// verschlechtern sich" (distancing), "Spannungen zwischen X und Y" (distancing, both
/// directions), "X und Y vertieften ihre Zusammenarbeit" (support, both directions).
extension StanceScan {
    /// The relation records of one clause (``StanceRuleFamily/relation``).
    mutating func relations(in clause: Clause, clauseIndex: Int, clauses: [Clause], mentions: [Mention], sentence: Int,
                            conditional: Bool, reported: Bool, inheritedSubject: Int?) {
        // "zwischen X und Y": one record, marked mutual (it holds in both directions).
        let between = mentions.first(where: { $0.preposition.map { isWord($0, .between) } ?? false })
        guard let anchor = relationAnchor(in: clause, between: between != nil) else { return }
        let sides = relationSides(of: anchor, between: between, clause: clause, mentions: mentions,
                                  inheritedSubject: inheritedSubject)
        var label = anchor.label
        var polarity = StancePolarity.affirmed
        switch negation(ofCueAt: anchor.token, isNoun: true, clause: clause, clauseIndex: clauseIndex, clauses: clauses) {
        case .none: break
        case .negated: polarity = .negated
        case .ceased: if label == .support { label = .distancing }
        }
        let modality = modality(of: anchor.token, in: clause, conditional: conditional, reported: reported)
        let rule = anchor.rule
        let record = Stance(sentence: UInt32(sentence), label: label, holder: 0, target: 0, cueFirstToken: UInt32(anchor.token),
                            cueEndToken: UInt32(anchor.token + 1), cue: lexicon.catalogIndex(.relation), polarity: polarity,
                            modality: modality, rule: rule.id, holderResolved: sides.holderResolved,
                            confidence: rule.confidence.value(holderResolved: sides.holderResolved), mutual: sides.mutual)
        let cue = anchor.directionToken
        if sides.mutual {
            for (k, a) in sides.holders.enumerated() {
                for b in sides.holders[(k + 1)...] { appendRelation(record, holder: a, target: b, cue: cue, rule: rule) }
            }
        } else {
            for h in sides.holders {
                for t in sides.targets { appendRelation(record, holder: h, target: t, cue: cue, rule: rule) }
            }
        }
    }

    /// The word a relation record of `clause` is anchored on, if any: a tension noun
    /// ("Spannungen"), a relation noun with the nearest word of improving or worsening ("stärkt
    /// die Beziehungen"), or, `between` two sides, a noun of improving or worsening ("die
    /// Annäherung zwischen X und Y") or of good relations ("die Zusammenarbeit zwischen X und Y").
    func relationAnchor(in clause: Clause, between: Bool) -> RelationAnchor? {
        var noun: Int? = nil
        var bond = false
        var tension: Int? = nil
        // The first capitalised word of improving or worsening ("Annäherung").
        var capitalizedDirection: RelationDirection? = nil
        for k in clause.start..<clause.end where tokens[k].kind == .word {
            switch facts(k).relation {
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
                guard facts(k).relation == .improve || facts(k).relation == .worsen else { continue }
                if nearest.map({ abs(k - noun) < abs($0.token - noun) }) ?? true {
                    nearest = RelationDirection(token: k, label: direction(of: k))
                }
            }
        }
        if let tension {
            return RelationAnchor(token: tension, label: .distancing, rule: .tension, directionToken: nearest?.token ?? tension)
        } else if let noun, let nearest {
            return RelationAnchor(token: noun, label: nearest.label, rule: .relation, directionToken: nearest.token)
        } else if noun == nil, between, let word = capitalizedDirection {
            // "Die Annäherung zwischen X und Y": a noun of improving or worsening is the relation.
            return RelationAnchor(token: word.token, label: word.label, rule: .relation, directionToken: word.token)
        } else if let noun, bond, between {
            // "Die Zusammenarbeit zwischen X und Y wächst": a good relation of both sides.
            return RelationAnchor(token: noun, label: .support, rule: .relation, directionToken: noun)
        }
        return nil
    }

    /// The sides of a relation: the actors "zwischen" names (mutual); else the subject (or the
    /// owner of a possessive before the anchor) and the first other actor after the anchor,
    /// or, with none, the coordinated subject itself (mutual). No holders when a side is missing.
    func relationSides(of anchor: RelationAnchor, between: Mention?, clause: Clause, mentions: [Mention],
                       inheritedSubject: Int?) -> CueArguments {
        if let between {
            return CueArguments(holders: expand(between.entity, in: mentions), targets: ActorGroup(), rule: anchor.rule,
                                holderResolved: false, mutual: true)
        }
        var sides = CueArguments(holders: ActorGroup(), targets: ActorGroup(), rule: anchor.rule,
                                 holderResolved: clause.subjectResolved, mutual: false)
        if let subject = clause.subject {
            sides.holders = expand(subject, in: mentions)
        } else if (clause.start..<anchor.token).contains(where: { grammar($0).contains(.possessive) }),
                  let owner = inheritedSubject ?? lastSubject {
            // The holder was a possessive resolved to an earlier actor.
            sides.holders = ActorGroup(owner)
            sides.holderResolved = inheritedSubject == nil
        }
        // The first actor after the relation word that is no holder; for strained relations
        // named without "zwischen" the other side needs "mit", "zu" or "gegenüber"
        // ("der Konflikt mit Russland"): "Der Konflikt … und Polen fordert Schutz durch die
        // NATO" names no conflict with the NATO.
        let other = mentions.first { m in
            !sides.holders.contains(m.entity) && m.first > anchor.token
                && (anchor.rule != .tension || m.preposition.map { isWord($0, .tensionSide) } == true)
        }
        if other == nil, sides.holders.count >= 2 {
            // "Russland und Aserbaidschan stärkten ihre Beziehungen": mutual.
            sides.mutual = true
        } else if let first = other {
            sides.targets = expand(first.entity, in: mentions)
        } else {
            sides.holders = ActorGroup()
        }
        return sides
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
    func direction(of k: Int) -> StanceLabel { facts(k).relation == .improve ? .support : .distancing }
}
