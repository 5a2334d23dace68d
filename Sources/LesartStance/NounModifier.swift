/// The actor that modifies a noun cue from before it (``StanceScan/modifier(before:clause:mentions:inheritedSubject:)``):
/// a prenominal genitive ("Irans Unterstützung"), a demonym adjective ("die russische
/// Annexion") or the actor a possessive stands for ("seine Annexion").
struct NounModifier {
    let entity: Int
    /// A demonym adjective (rule ``StanceRule/nounAdjective``).
    let isAdjective: Bool
    /// A possessive resolved to the last sentence's subject.
    let resolved: Bool
}
