import LesartCore

/// Speakers evaluating an actor: "Indien bezeichnete Pakistan als Terrorstaat" (distancing),
/// "Paris nannte Berlin einen verlässlichen Partner" (support), "dass die USA den
/// israelischen Siedlungsbau als illegal betrachteten" (distancing toward Israel). The verb of
/// calling or judging is class `evaluate` (grammar.tsv); the label comes from the evaluation
/// word after `als`/`für` (evaluations.tsv), or, with "nennen", right after the object.
extension StanceScan {
    mutating func evaluations(in clause: Clause, mentions: [Mention], holder subject: Int?, sentence: Int, conditional: Bool,
                              reported: Bool) {
        guard let verb = (clause.start..<clause.end).first(where: { isListed($0, .evaluate) || isWord($0, .regardedVerb) })
        else { return }
        // "Die Gruppe gilt in Kanada als Terrororganisation": Canada's view of the subject.
        let regarded = isWord(verb, .regardedVerb)
        let viewer = regarded ? viewHolder(in: mentions) : subject
        guard let holder = viewer, canHold(holder) else { return }
        if regarded, subject == nil || subject == holder { return }
        for marker in clause.start..<clause.end where tokens[marker].kind == .word {
            let isMarker = isWord(marker, .evaluationMarker)
                || (marker > verb && isWord(verb, .namingVerb) && isDeterminer(marker))
            guard isMarker, let word = evaluationWord(after: marker, in: clause),
                  let evaluation = facts(word).evaluation else { continue }
            let label = lexicon.evaluations[Int(evaluation)].label
            // The evaluated actor is named before the marker: an object, a possessed name ("den
            // Umgang Israels") or a demonym ("den israelischen Siedlungsbau"), not the subject.
            guard let target = regarded ? subject : mentions.first(where: { m in
                m.first < marker && m.entity != holder && !sameActor(holder, m.entity)
                    && (m.preposition == nil || m.possessed) && !m.coordinated
            })?.entity, canBeTarget(target, label: label) else { return }
            let negated = (clause.start..<marker).contains { isNegator($0) }
            let modality: StanceModality = conditional ? .conditional : reported ? .reported : .asserted
            for h in expand(holder, in: mentions) {
                for t in expand(target, in: mentions) where !sameActor(h, t) {
                    append(Stance(sentence: UInt32(sentence), label: label, holder: UInt32(h), target: UInt32(t),
                                  cueFirstToken: UInt32(word), cueEndToken: UInt32(word + 1),
                                  cue: lexicon.catalogIndex(.evaluation(evaluation)), polarity: negated ? .negated : .affirmed,
                                  modality: modality, rule: StanceRule.evaluation.id, holderResolved: clause.subjectResolved,
                                  confidence: StanceRule.evaluation.confidence.value(holderResolved: clause.subjectResolved)))
                    if tracing {
                        note("    evaluation '\(textString(word..<(word + 1)))' after '\(textString(verb..<(verb + 1)))' "
                             + "\(StanceRule.evaluation.name): \(names.actor(h)) → \(names.actor(t)) \(label.name)")
                    }
                }
            }
            return
        }
    }

    /// The actor whose view a "gelten als" predicate states: named in an "in/für/bei" phrase
    /// (class `view-holder`), not inside an attribute.
    func viewHolder(in mentions: [Mention]) -> Int? {
        mentions.first { m in
            m.preposition.map { isWord($0, .viewHolder) } == true && !m.insideAttribute && !m.possessed && canHold(m.entity)
        }?.entity
    }

    /// The evaluation word of the predicate that `marker` opens: within four words, past
    /// articles and adjectives ("als eine ernste Bedrohung").
    func evaluationWord(after marker: Int, in clause: Clause) -> Int? {
        var k = marker + 1
        while k < clause.end, k - marker <= 4, tokens[k].kind == .word {
            if facts(k).evaluation != nil { return k }
            guard isDeterminer(k) || isAttributiveWord(k) || tokens[k].flags.contains(.lowercase) else { return nil }
            k += 1
        }
        return nil
    }
}
