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
        var directions: [(Int, StanceLabel)] = []
        for k in clause.start..<clause.end where tokens[k].kind == .word {
            switch lookups[k].relation {
            case .noun?: if noun == nil { noun = k }
            case .bond?: if noun == nil { noun = k; bond = true }
            case .tension?: if tension == nil { tension = k }
            case .improve?: directions.append((k, .support))
            case .worsen?: directions.append((k, .distancing))
            case nil: break
            }
        }
        // The word that decides the direction is the one nearest the relation noun.
        let nearest = noun.flatMap { n in directions.min { abs($0.0 - n) < abs($1.0 - n) } }
        let direction = nearest?.1
        let cueToken = nearest?.0
        var label: StanceLabel
        let anchor: Int
        let rule: StanceRule
        let between = mentions.first(where: { $0.preposition.map { equalsFolded($0, "zwischen") } ?? false })
        if let tension {
            label = .distancing
            anchor = tension
            rule = .tension
        } else if let noun, let direction {
            label = direction
            anchor = noun
            rule = .relation
        } else if noun == nil, between != nil,
                  let word = directions.first(where: { tokens[$0.0].flags.contains(.capitalized) }) {
            // "Die Annäherung zwischen X und Y": a noun of improving or worsening is the relation.
            label = word.1
            anchor = word.0
            rule = .relation
        } else if let noun, bond, between != nil {
            // "Die Zusammenarbeit zwischen X und Y wächst": a good relation of both sides.
            label = .support
            anchor = noun
            rule = .relation
        } else {
            return
        }
        var pairs: [(Int, Int)] = []
        var mutual = false
        // The holder was a pronoun or possessive resolved to an earlier actor.
        var holderResolved = false
        // "zwischen X und Y": one record, marked mutual (it holds in both directions).
        if let between {
            let group = expand(between.entity, in: mentions)
            for (k, a) in group.enumerated() { for b in group[(k + 1)...] { pairs.append((a, b)) } }
            mutual = true
        } else {
            holderResolved = clause.subjectResolved
            var holders: [Int] = []
            if let subject = clause.subject {
                holders = expand(subject, in: mentions)
            } else if (clause.start..<anchor).contains(where: { grammar($0).contains(.possessive) }),
                      let owner = inheritedSubject ?? lastSubject {
                holders = [owner]
                holderResolved = inheritedSubject == nil
            }
            let others = mentions.filter { m in !holders.contains(m.entity) && m.first > anchor }
            if others.isEmpty, holders.count >= 2 {
                // "Russland und Aserbaidschan stärkten ihre Beziehungen": mutual.
                for (k, a) in holders.enumerated() { for b in holders[(k + 1)...] { pairs.append((a, b)) } }
                mutual = true
            } else if let first = others.first {
                for h in holders { for t in expand(first.entity, in: mentions) { pairs.append((h, t)) } }
            }
        }
        let occurrence = CueOccurrence(cue: Int32(relationCue), kind: .noun, token: anchor, end: anchor + 1)
        var polarity = StancePolarity.affirmed
        switch negation(of: occurrence, clause: clause, clauseIndex: clauseIndex, clauses: clauses) {
        case .none: break
        case .negated: polarity = .negated
        case .ceased: if label == .support { label = .distancing }
        }
        let modality = modality(of: occurrence, clause: clause, conditional: conditional, reported: reported)
        let cue = cueToken ?? anchor
        for (h, t) in pairs where !sameActor(h, t) {
            append(Stance(sentence: UInt32(sentence), label: label, holder: UInt32(h), target: UInt32(t),
                          cueFirstToken: UInt32(anchor), cueEndToken: UInt32(anchor + 1), cue: relationCue, polarity: polarity,
                          modality: modality, rule: rule.rawValue, holderResolved: holderResolved,
                          confidence: holderResolved ? 0.6 : 0.7, mutual: mutual))
            if tracing {
                note("    relation '\(textString(anchor..<(anchor + 1)))'/'\(textString(cue..<(cue + 1)))' \(rule.name): "
                     + "\(actors[h]) → \(actors[t]) \(label.name)")
            }
        }
    }

    /// Catalog index used as the lemma of relation records.
    var relationCue: UInt32 { UInt32(lexicon.cues.count) }
}
