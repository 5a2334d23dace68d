import LesartCore

/// What a complete phrase in the ``PhraseMatcher`` stands for.
public struct PhraseMatch: Sendable, Hashable {
    /// Index of the gazetteer entry.
    public let entry: UInt32
    public let label: EntityLabel
    /// `name` for names and their inflections, `derived` for demonyms.
    public let form: EntityForm
    /// The phrase is also an ordinary word: tag it alone only with evidence.
    public let isAmbiguous: Bool
}
