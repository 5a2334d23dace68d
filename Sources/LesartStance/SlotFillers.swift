/// Holder and target of a cue as one rule fills its slots in a clause, before coordinated
/// actors are expanded (``StanceScan/arguments(of:entry:clause:mentions:inheritedSubject:)``);
/// either may be missing.
struct SlotFillers {
    var holder: Int?
    var target: Int?
    /// The rule that filled them.
    var rule: StanceRule
    /// The holder was resolved to an earlier actor (a pronoun subject, a possessive).
    var holderResolved: Bool

    /// No holder and no target, under `rule`.
    static func none(_ rule: StanceRule) -> SlotFillers {
        SlotFillers(holder: nil, target: nil, rule: rule, holderResolved: false)
    }
}
