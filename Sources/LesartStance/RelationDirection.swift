import LesartCore

/// A word of improving or worsening relations in a clause (`stärken`, `Annäherung`,
/// `verschlechtern`) and the label it gives: support or distancing.
struct RelationDirection {
    /// The token of the word.
    let token: Int
    let label: StanceLabel
}
