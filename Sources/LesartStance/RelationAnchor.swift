import LesartCore

/// The word a relation record is anchored on (``StanceScan/relationAnchor(in:between:)``): the
/// relation or tension noun, its label and rule, and the word that decided the direction.
struct RelationAnchor {
    /// The relation noun ("Beziehungen", "Spannungen") or the noun of improving or worsening
    /// ("Annäherung"): the record's cue span.
    let token: Int
    let label: StanceLabel
    /// ``StanceRule/relation`` or ``StanceRule/tension``.
    let rule: StanceRule
    /// The word of improving or worsening that decided the label ("stärkt"), else ``token``.
    let directionToken: Int
}
