/// The argument slots of one cue as filled in a clause (``StanceScan/arguments(of:entry:clause:mentions:inheritedSubject:)``):
/// who holds the stance, whom it concerns, and by which rule.
struct CueArguments {
    /// The holder with the actors coordinated with it.
    var holders: ActorGroup
    /// The targets (coordinated actors expanded, the holder's conjuncts left out).
    var targets: ActorGroup
    /// The rule that found them.
    var rule: StanceRule
    /// The holder was a pronoun or description resolved to an earlier actor.
    var holderResolved: Bool
    /// A reciprocal or symmetric relation of a coordinated subject: it holds both ways.
    var mutual: Bool
}
