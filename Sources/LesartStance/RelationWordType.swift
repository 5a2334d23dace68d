/// Column TYPE of `relations.tsv`.
enum RelationWordType: String, Sendable {
    /// A noun of relations: `Beziehungen`, `Partnerschaft`.
    case noun
    /// A noun of good relations that is support by itself between two actors:
    /// `Zusammenarbeit`, `Partnerschaft` ("die Zusammenarbeit zwischen X und Y wächst").
    case bond
    /// A noun that is itself a strained relation: `Spannungen`, `Konflikt`.
    case tension
    /// A word that improves relations: `stärken`, `engere`.
    case improve
    /// A word that worsens relations: `verschlechtern`, `angespannt`.
    case worsen
}
