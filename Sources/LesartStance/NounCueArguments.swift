/// Holder and target of a noun cue as its own phrase names them
/// (``StanceScan/nounArguments(_:entry:clause:mentions:subject:inheritedSubject:resolved:)``);
/// either may be missing.
struct NounCueArguments {
    var holder: Int?
    var target: Int?
    /// ``StanceRule/nounGenitive``, ``StanceRule/nounAdjective`` or ``StanceRule/nounAgent``.
    var rule: StanceRule
    /// The holder was resolved to an earlier actor (a possessive for the last subject).
    var holderResolved: Bool

    /// No holder and no target, under `rule`.
    static func none(_ rule: StanceRule) -> NounCueArguments {
        NounCueArguments(holder: nil, target: nil, rule: rule, holderResolved: false)
    }
}
