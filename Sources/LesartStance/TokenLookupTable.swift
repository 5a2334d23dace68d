/// The ``TokenLookup`` of every token of a document, and the few two-word grammar classes
/// they point to.
struct TokenLookupTable {
    /// One entry per token.
    var entries: [TokenLookup] = []
    /// Grammar classes of two-word sequences ("das Land"), by ``TokenLookup/pair``.
    var pairGrammar: [GrammarClass] = []
}
