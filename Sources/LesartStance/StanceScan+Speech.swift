import LesartCore

/// Speech with the speaker after it: "Israel verletze das Völkerrecht, kritisierte der
/// UNO-Sonderberichterstatter." The verb of saying is a cue (kritisieren, verurteilen,
/// loben, warnen …) whose object is the reported clause before it; the actor that clause
/// is about is the target.
extension StanceScan {
    /// Holder and target of a cue verb that opens a clause after the reported one (V1 after
    /// a comma or closing quote, the speaker its subject) and has no object of its own: the
    /// subject of the clause before, or its first actor.
    func invertedSpeechArguments(of occurrence: CueOccurrence, entry: CueEntry, clause: Clause, clauseIndex: Int,
                                 clauses: [Clause], mentions: [Mention]) -> CueArguments? {
        guard clauseIndex > 0, entry.kind == .verb, occurrence.kind == .finite || occurrence.kind == .subjunctive,
              !entry.isRecipient else { return nil }
        var first = clause.start
        while first < occurrence.token, isPunctuation(first) { first += 1 }
        guard first == occurrence.token, clause.opener == nil, let speaker = clause.subject, !clause.subjectResolved,
              !mentions.contains(where: { $0.entity != speaker && !$0.attributive && $0.preposition == nil })
        else { return nil }
        // The reported clause is a main clause: the one right before, or the sentence's first
        // when the report spans several ("X habe …, weil Y …, kritisierte Z"). After a fronted
        // subordinate clause the verb comes first too ("Weil X …, protestierte Y"): no report.
        guard clauses[0].opener == nil, clauseIndex == clauses.count - 1 else { return nil }
        let reported = clauses[clauseIndex - 1].opener == nil ? clauses[clauseIndex - 1].subject ?? clauses[0].subject
            : clauses[0].subject
        guard let target = reported, !sameActor(speaker, target) else { return nil }
        return CueArguments(holders: expand(speaker, in: mentions), targets: ActorGroup(target), rule: .invertedSpeech,
                            holderResolved: false, mutual: false)
    }
}
