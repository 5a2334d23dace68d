/// Words derived from a gazetteer entry: adjectives (`russisch`, declined by
/// `GermanMorphology` in LesartWords) and inhabitant nouns with all their forms (`Russe`, `Russen`).
public struct DemonymEntry: Sendable, Hashable {
    /// The identifier of the entry the words derive from.
    public let entryID: String
    /// Lowercase adjective bases.
    public let adjectives: [String]
    /// Noun forms, each possibly marked ambiguous.
    public let nouns: [SurfaceForm]
    /// The lexicon file and line the entry was read from.
    public let file: String
    public let line: Int

    /// `file:line`, for messages.
    public var origin: String { "\(file):\(line)" }
}
