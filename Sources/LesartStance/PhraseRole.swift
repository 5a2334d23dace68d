/// The role a noun phrase has in its clause, as its article and preposition mark it
/// (``StanceScan/ledPhraseRole(agent:end:in:)``).
struct PhraseRole {
    /// Token index of the preposition governing the phrase, if any.
    var preposition: Int?
    /// Marked as accusative, dative or genitive by its article.
    var objective: Bool
}
