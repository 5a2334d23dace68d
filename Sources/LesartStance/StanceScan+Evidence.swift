import LesartCore

/// Negation, cessation and modality around a cue.
extension StanceScan {
    /// Negation in the cue's clause ("nicht", "kein", "weder"), a negating frame around it
    /// ("ohne … zu", "zu sehr …, um … zu", "Versagen, … zu", "mangelnde Hilfe"), or
    /// cessation ("nicht mehr", "einstellen", "entziehen", "verweigern").
    func negation(of occurrence: CueOccurrence, clause: Clause, clauseIndex: Int, clauses: [Clause]) -> NegationKind {
        var negated = false
        var k = clause.start
        while k < clause.end {
            // Capitalised negators ("Versagen", "Weigerung") negate the clause that follows them.
            if lexicon.negators.value(for: text(k)) != nil, tokens[k].kind == .word,
               !(tokens[k].flags.contains(.capitalized) && k > clause.start) {
                // "nicht mehr", "keine … mehr": the relation ends.
                if (k + 1..<clause.end).contains(where: { equals($0, "mehr") }) { return .ceased }
                negated = true
            }
            if lexicon.cessation.value(for: text(k)) != nil, k != occurrence.token { return .ceased }
            k += 1
        }
        if negated { return .negated }
        if let opener = clause.opener, equals(opener, "ohne") { return .negated }
        // "zu sehr beschäftigt, um … zu leisten"; "Versagen, … Unterstützung zu leisten".
        if clauseIndex > 0, let opener = clause.opener, equals(opener, "um") {
            let previous = clauses[clauseIndex - 1]
            if (previous.start..<previous.end).contains(where: { equals($0, "zu") && $0 + 1 < previous.end
                && (equals($0 + 1, "sehr") || equals($0 + 1, "schwach") || equals($0 + 1, "beschäftigt")) }) {
                return .negated
            }
        }
        if clauseIndex > 0 {
            let previous = clauses[clauseIndex - 1]
            let last = (previous.start..<previous.end).last { tokens[$0].kind == .word }
            if let last, lexicon.negators.value(for: text(last)) != nil, tokens[last].flags.contains(.capitalized) {
                return .negated
            }
            if (previous.start..<previous.end).contains(where: {
                tokens[$0].flags.contains(.capitalized) && lexicon.negators.value(for: text($0)) != nil
            }), hasZuInfinitive(after: clause.start - 1, before: clause.end) {
                return .negated
            }
        }
        return .none
    }

    /// The modality of a cue: conditional (a conditional sentence or clause), possible
    /// (hedges), intended (plans), reported (sources, reporting verbs), else asserted.
    func modality(of occurrence: CueOccurrence, clause: Clause, conditional: Bool, reported: Bool) -> StanceModality {
        if conditional { return .conditional }
        if let opener = clause.opener, lexicon.modality.value(for: text(opener)) == .conditional { return .conditional }
        var found: StanceModality? = nil
        for k in clause.start..<clause.end {
            guard let m = lexicon.modality.value(for: text(k)) else { continue }
            switch m {
            case .conditional: return .conditional
            case .possible: found = .possible
            case .intended: if found != .possible { found = .intended }
            case .reported, .asserted: break
            }
        }
        if let found { return found }
        return reported ? .reported : .asserted
    }
}
