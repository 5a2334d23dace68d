/// What negation does to a cue.
enum NegationKind {
    case none
    /// The relation is said not to hold: "nicht", "kein", "weder … noch", "ohne … zu".
    case negated
    /// The relation ends: "nicht mehr", "stellt … ein", "entzieht": support becomes distancing.
    case ceased
}
