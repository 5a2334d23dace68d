/// Words derived from a gazetteer entry: adjectives (`russisch`, declined by
/// ``GermanInflection``) and inhabitant nouns with all their forms (`Russe`, `Russen`).
public struct DemonymEntry: Sendable, Hashable {
    /// The identifier of the entry the words derive from.
    public let entryID: String
    /// Lowercase adjective bases.
    public let adjectives: [String]
    /// Noun forms, each possibly marked ambiguous.
    public let nouns: [SurfaceForm]
    public let origin: String
}
