import LesartCore

/// Participial attributes carry a relation of their own: "die vom Iran unterstützten
/// Huthi-Rebellen" (Iran → Huthi, support), "die von Riad angeführte Allianz", "die von
/// Russland ausgebildeten Milizen Abchasiens". The agent after `von`/`vom`/`durch` holds,
/// the noun the participle modifies (or the name in its genitive) is the target.
extension StanceScan {
    /// The participle cues of `clause` that modify a noun after them, as records; their
    /// tokens go into `consumed` so that the clause's cue rules do not read them again
    /// (the participle is no finite verb of the clause).
    mutating func participleAttributes(in clause: Clause, mentions: [Mention], sentence: Int,
                                       consumed: inout [Int]) {
        for m in mentions {
            guard let p = m.preposition, grammar(p).contains(.agent), canHold(m.entity) else { continue }
            // "vom Iran massiv unterstützten": at most two adverbs between agent and participle.
            var j = m.end
            while j < clause.end, j - m.end < 2, tokens[j].kind == .word, tokens[j].flags.contains(.lowercase),
                  cueForms(j) == nil, participleCue(j, in: clause) == nil, !isDeterminer(j), grammar(j).subtracting(.nounLists).isEmpty {
                j += 1
            }
            guard j < clause.end, let cue = participleCue(j, in: clause), let target = modifiedActor(after: j, in: clause),
                  target != m.entity else { continue }
            let entry = lexicon.cues[Int(cue)]
            consumed.append(j)
            guard !sameActor(m.entity, target), canBeTarget(target, label: entry.label) else { continue }
            append(Stance(sentence: UInt32(sentence), label: entry.label, holder: UInt32(m.entity), target: UInt32(target),
                          cueFirstToken: UInt32(j), cueEndToken: UInt32(j + 1), cue: cue, polarity: .affirmed,
                          modality: .asserted, rule: StanceRule.participleAttribute.id, holderResolved: false,
                          confidence: StanceRule.participleAttribute.confidence.value(holderResolved: false)))
            if tracing {
                note("    attribute '\(textString(j..<(j + 1)))' (\(entry.lemma)) \(StanceRule.participleAttribute.name): "
                     + "\(names.actor(m.entity)) → \(names.actor(target)) \(entry.label.name)")
            }
        }
    }

    /// The noun cue that a relative clause refers to: clause `k` opens with a relative
    /// pronoun ("die", "den", "welche") and the clause before ends with a noun cue
    /// ("Drohungen, die …", "den Angriff, den …").
    func relativeAntecedentCue(of k: Int, clauses: [Clause]) -> CueOccurrence? {
        guard k > 0 else { return nil }
        let start = clauses[k].start
        guard isListed(start, .relative) || (tokens[start].flags.contains(.lowercase) && grammar(start).contains(.objectRelative))
        else { return nil }
        var last = clauses[k - 1].end - 1
        while last > clauses[k - 1].start, isPunctuation(last) { last -= 1 }
        guard tokens[last].kind == .word, tokens[last].flags.contains(.capitalized), entityAt[last] < 0 else { return nil }
        if let list = cueForms(last), let form = lexicon.formLists[Int(list)].first(where: { $0.kind == .noun }) {
            return CueOccurrence(cue: form.cue, kind: .noun, token: last, end: last + 1)
        }
        if let cue = compoundHead(last) { return CueOccurrence(cue: cue, kind: .noun, token: last, end: last + 1) }
        return nil
    }

    /// The cue of an attributive participle: a participle of a cue verb with an adjective
    /// ending ("unterstützten", "angeführte", "ausgebildeten").
    func participleCue(_ j: Int, in clause: Clause? = nil) -> UInt32? {
        let word = text(j)
        guard tokens[j].flags.contains(.lowercase), word.count > 5 else { return nil }
        for ending in [2, 1] {
            let stem = word.dropLast(ending)
            let tail = word.suffix(ending)
            guard ending == 1 ? tail.last == UInt8(ascii: "e")
                    : (tail.elementsEqual("en".utf8) || tail.elementsEqual("er".utf8) || tail.elementsEqual("es".utf8)
                       || tail.elementsEqual("em".utf8)) else { continue }
            guard let list = lexicon.forms.value(for: stem) else { continue }
            for form in lexicon.formLists[Int(list)] where form.kind == .participle && !form.needsParticle {
                let entry = lexicon.cues[Int(form.cue)]
                // A phrase cue only with its other words ("Krieg geführt", not "geführte Allianz").
                if entry.kind == .verb { return UInt32(form.cue) }
                if entry.kind == .phrase, let clause, entry.companions.allSatisfy({ hasWord($0, in: clause) }) {
                    return UInt32(form.cue)
                }
            }
        }
        return nil
    }

    /// The actor the participle at `j` modifies: a name right after it, possibly after more
    /// adjectives ("unterstützten schiitischen Huthi-Rebellen"), or the genitive of the noun
    /// after it ("ausgebildeten Milizen Abchasiens").
    func modifiedActor(after j: Int, in clause: Clause) -> Int? {
        var k = j + 1
        while k < clause.end, k - j <= 3, entityAt[k] < 0, isAttributiveWord(k) { k += 1 }
        guard k < clause.end else { return nil }
        if entityAt[k] >= 0 {
            let entity = Int(entityAt[k])
            // A demonym adjective modifies the noun after it, which is the target: "die vom
            // Iran unterstützten syrischen Truppen" → Syrien.
            return entity
        }
        guard tokens[k].kind == .word, tokens[k].flags.contains(.capitalized), k + 1 < clause.end else { return nil }
        if entityAt[k + 1] >= 0, isGenitiveForm(of: Int(entityAt[k + 1])) { return Int(entityAt[k + 1]) }
        if k + 2 < clause.end, isWord(k + 1, .genitiveArticle), entityAt[k + 2] >= 0 { return Int(entityAt[k + 2]) }
        return nil
    }
}
