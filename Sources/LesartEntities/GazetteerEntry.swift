import LesartCore

/// One named thing: its identifier, label, canonical German name, the actor it stands for,
/// and the base forms it is written in (inflections are generated, see ``GermanInflection``).
public struct GazetteerEntry: Sendable, Hashable {
    /// Stable, unique identifier, e.g. `loc:country:RU`, `org:nato`.
    public let id: String
    public let label: EntityLabel
    /// The canonical German name, e.g. `Russland`.
    public let canonical: String
    /// The actor it stands for (`Moskau` → `Russland`); the entry itself when none is given.
    public let actor: String
    /// Base forms as listed.
    public let forms: [SurfaceForm]
    /// Generate inflected forms (genitive, declined adjectives); false: listed forms only.
    public let inflects: Bool
    /// Also match the all-capitals spelling (`RUSSLAND`).
    public let matchesCapitals: Bool
    /// The lexicon file and line the entry was read from.
    public let file: String
    public let line: Int
    /// Whether the lexicon gave an actor (ACTOR not `-`). For organisations and persons `-`
    /// means "no political actor" (companies, media, parties); for places, "itself".
    public var listsActor: Bool = true
    /// For a person of the roster: the office that makes them stand for ``actor``, and when.
    public var office: Office? = nil

    /// `file:line`, for messages.
    public var origin: String { "\(file):\(line)" }
}
