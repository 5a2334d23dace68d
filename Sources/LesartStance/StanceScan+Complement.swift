import LesartCore

/// Holders and targets found outside the cue's own phrase: the subject of a dass clause
/// that a verb of judging takes as its object, and the actor of an event noun that names
/// the agent of a passive ("bei einem US-Luftangriff getötet").
extension StanceScan {
    /// "Die EU kritisierte, dass Israel die Grenze schloss": a verb of judging (class
    /// `judges-clause`) without an object actor judges the subject of the dass clause right
    /// after it; the verb's subject holds.
    func complementArguments(of occurrence: CueOccurrence, entry: CueEntry, clause: Clause, clauseIndex: Int,
                             clauses: [Clause], inheritedSubject: Int?)
        -> CueArguments? {
        guard entry.kind == .verb, isListed(occurrence.token, .judgesClause), clauseIndex + 1 < clauses.count
        else { return nil }
        let complement = clauses[clauseIndex + 1]
        guard let opener = complement.opener, opener == complement.start, isWord(opener, .that),
              let target = complement.subject, let holder = clause.subject ?? inheritedSubject,
              !sameActor(holder, target) else { return nil }
        return CueArguments(holders: ActorGroup(holder), targets: ActorGroup(target), rule: .complementSubject,
                            holderResolved: clause.subject != nil ? clause.subjectResolved : false, mutual: false)
    }

    /// The actor of an event noun of `label` in a "bei"/"durch" phrase of the clause: the
    /// agent of a passive that names none with "von" ("wurde bei einem US-Luftangriff
    /// getötet", "durch einen Angriff der Hamas verletzt").
    func eventAgent(in clause: Clause, label: StanceLabel, mentions: [Mention]) -> Int? {
        for occurrence in clauseCues where occurrence.kind == .noun && lexicon.cues[Int(occurrence.cue)].label == label {
            guard let p = governingPreposition(of: occurrence, in: clause), isListed(p, .eventAgent) else { continue }
            if let embedded = occurrence.embedded { return embedded }
            if let actor = supportingActor(of: occurrence, mentions: mentions) { return actor }
        }
        return nil
    }

    /// "der Krim durch Russland": an actor in "durch/seitens X" (class `agent`) right after
    /// the genitive `patient` of a noun cue.
    func agentAfterGenitive(_ patient: Int, mentions: [Mention]) -> Int? {
        var j = Int(entities[patient].endToken)
        guard j < tokens.count, tokens[j].flags.contains(.lowercase), grammar(j).contains(.agent) else { return nil }
        j += 1
        while j < tokens.count, isDeterminer(j) { j += 1 }
        guard j < tokens.count, entityAt[j] >= 0 else { return nil }
        let entity = Int(entityAt[j])
        return mentions.contains { $0.entity == entity } ? entity : nil
    }
}
