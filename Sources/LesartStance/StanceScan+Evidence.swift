import LesartCore

/// Negation, cessation and modality around a cue.
extension StanceScan {
    /// Negation in the cue's clause ("nicht", "kein", "weder"), a negating frame around it
    /// ("ohne … zu", "zu sehr …, um … zu", "Versagen, … zu", "mangelnde Hilfe"), or
    /// cessation ("nicht mehr", "einstellen", "entziehen", "verweigern").
    /// With `nounPhraseOnly` (a noun cue with a holder of its own) only a negator inside the
    /// noun's phrase counts ("keine", "mangelnde"); cessation still does.
    func negation(ofCueAt cueToken: Int, isNoun: Bool, clause: Clause, clauseIndex: Int, clauses: [Clause],
                  nounPhraseOnly: Bool = false) -> NegationKind {
        var negated = false
        var k = clause.start
        let lastWord = (clause.start..<clause.end).last { tokens[$0].kind == .word }
        // A noun cue in the first field of a main clause ("Die Sanktionen der EU … wirken
        // nicht"): a later negation belongs to the predicate, not to the noun.
        let insidePhrase = { (from: Int) in
            (from..<cueToken).allSatisfy { j in
                entityAt[j] >= 0 || isDeterminer(j) || isAttributiveWord(j) || grammar(j).contains(.possessive)
                    || self.isNegator(j)
            }
        }
        let firstField = isNoun && clause.opener == nil && !clause.elided && insidePhrase(clause.start)
        while k < clause.end {
            // Capitalised negators ("Versagen", "Weigerung") negate the clause that follows them.
            if isNegator(k), tokens[k].kind == .word,
               !(tokens[k].flags.contains(.capitalized) && k > clause.start),
               !(k + 1 < clause.end && isWord(k + 1, .only)),  // "nicht nur … sondern auch" negates nothing
               !(firstField && k > cueToken),
               !(nounPhraseOnly && (k > cueToken || !insidePhrase(k + 1))) {
                // "nicht mehr", "keine … mehr", "nicht länger": the relation ends.
                if (k + 1..<clause.end).contains(where: { isWord($0, .more) }) { return .ceased }
                if k + 1 < clause.end, isWord(k + 1, .longer) { return .ceased }
                negated = true
            }
            // A noun of ending ("Verzicht", "Stopp") ends a noun cue it governs ("Stopp der
            // Lieferungen"), not a verb cue whose object it is ("begrüßte Österreichs Verzicht").
            if isCessation(k), k != cueToken, !isPhraseCue(k, in: clause),
               isNoun || !tokens[k].flags.contains(.capitalized) || sentenceStartToken(k) {
                return .ceased
            }
            // A separable verb of ending with its particle at the clause end: "stellt … ein".
            if let lastWord, lastWord > k, facts(k).startsCessationPair,
               lexicon.cessation.value(for: Array(text(k)) + [UInt8(ascii: "+")] + Array(text(lastWord))) != nil {
                return .ceased
            }
            k += 1
        }
        if negated { return .negated }
        if nounPhraseOnly { return .none }
        if let opener = clause.opener, isWord(opener, .without) { return .negated }
        return clauseIndex > 0 && isNegatedByClause(before: clause, clauseIndex: clauseIndex, clauses: clauses) ? .negated : .none
    }

    /// Whether the clause before negates `clause`: "zu sehr beschäftigt, um … zu leisten"; a
    /// capitalised negator or a refusal before a zu-infinitive ("Versagen, … Unterstützung zu
    /// leisten", "weigert sich, … zu"); a denial or missing evidence before "dass"; a negated
    /// clause before its zu-infinitive ("ist nicht bereit, der Ukraine zu helfen").
    func isNegatedByClause(before clause: Clause, clauseIndex: Int, clauses: [Clause]) -> Bool {
        let previous = clauses[clauseIndex - 1]
        // "zu sehr beschäftigt, um … zu leisten".
        if let opener = clause.opener, isWord(opener, .purpose) {
            if (previous.start..<previous.end).contains(where: { isWord($0, .infinitiveMarker) && $0 + 1 < previous.end
                && isWord($0 + 1, .excess) }) {
                return true
            }
        }
        let last = (previous.start..<previous.end).last { tokens[$0].kind == .word }
        if let last, isNegator(last), tokens[last].flags.contains(.capitalized) {
            return true
        }
        if (previous.start..<previous.end).contains(where: {
            (tokens[$0].flags.contains(.capitalized) && isNegator($0))
                || grammar($0).contains(.refusal)
        }), hasZuInfinitive(after: clause.start - 1, before: clause.end) {
            return true
        }
        // "Peking bestreitet, dass …", "Es gibt keine Hinweise, dass …": a denial or missing
        // evidence negates the dass clause.
        if let opener = clause.opener, isWord(opener, .that) {
            let words = previous.start..<previous.end
            if words.contains(where: { grammar($0).contains(.refusal) }) { return true }
            if words.contains(where: { grammar($0).contains(.evidence) }),
               words.contains(where: { isNegator($0) }) {
                return true
            }
        }
        // "Ungarn ist nicht bereit, der Ukraine zu helfen": a negated clause negates the
        // zu-infinitive clause that depends on it.
        if clause.opener == nil,
           (previous.start..<previous.end).contains(where: {
               tokens[$0].flags.contains(.lowercase) && isNegator($0)
                   && !($0 + 1 < previous.end && isWord($0 + 1, .only))
           }), hasZuInfinitive(after: clause.start - 1, before: clause.end) {
            return true
        }
        return false
    }

    /// The modality of a cue: conditional (a conditional sentence or clause), possible
    /// (hedges), intended (plans), reported (sources, reporting verbs), else asserted.
    /// `outer` is the clause a zu-infinitive clause depends on ("plant, … zu liefern"); an
    /// attributive hedge counts only in the noun phrase of `cue`.
    func modality(of cue: Int, in clause: Clause, outer: Clause? = nil, conditional: Bool, reported: Bool) -> StanceModality {
        if conditional { return .conditional }
        if let opener = clause.opener, modalityWord(opener) == .conditional { return .conditional }
        var found: StanceModality? = nil
        for part in 0..<2 {
            // The clause, then the clause it depends on.
            let scope = part == 0 ? clause.start..<clause.end : outer.map { $0.start..<$0.end } ?? 0..<0
            for k in scope {
                guard let m = modalityWord(k) else { continue }
                // "griff mutmaßliche Stellungen der PKK an": the hedge is about the positions.
                if isListed(k, .attributiveHedge), !modifiesCue(k, cue) { continue }
                switch m {
                case .conditional: return .conditional
                case .possible: found = .possible
                case .intended: if found != .possible { found = .intended }
                case .reported, .asserted: break
                }
            }
        }
        if let found { return found }
        return reported ? .reported : .asserted
    }

    /// Whether the attributive word `k` belongs to the noun phrase of the cue: only
    /// adjectives stand between it and the cue noun ("die mutmaßliche russische Annexion").
    func modifiesCue(_ k: Int, _ cue: Int) -> Bool {
        guard k < cue else { return false }
        return (k + 1..<cue).allSatisfy { j in
            isAttributiveWord(j) || (entityAt[j] >= 0 && entities[Int(entityAt[j])].form == .derived)
        }
    }

    /// Whether token `k` is the verb of a phrase cue of its own ("Abhängigkeit verringern"):
    /// then it ends that phrase's object, not the relation of another cue.
    func isPhraseCue(_ k: Int, in clause: Clause) -> Bool {
        guard let list = cueForms(k) else { return false }
        return lexicon.formLists[Int(list)].contains { form in
            let entry = lexicon.cues[Int(form.cue)]
            return entry.kind == .phrase && entry.companions.allSatisfy { hasWord($0, in: clause) }
        }
    }

    /// Whether a word of `lifting.txt` other than the cue stands in the clause ("hebt …
    /// auf": the particle must end the clause).
    func liftsMeasure(in clause: Clause, except occurrence: CueOccurrence) -> Bool {
        let last = (clause.start..<clause.end).last { tokens[$0].kind == .word }
        return (clause.start..<clause.end).contains { k in
            guard k < occurrence.token || k >= occurrence.end, let entry = facts(k).lifting else { return false }
            guard let particle = lexicon.liftingParticles[Int(entry)] else { return true }
            return last.map { equals($0, text: particle) && $0 > k } ?? false
        }
    }
}
