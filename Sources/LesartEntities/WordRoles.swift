import LesartCore

/// The rule word lists of the gazetteer a word is on, as bits: looked up once per token
/// instead of once per list and rule.
struct WordRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// `first-names.txt`.
    static let firstName = WordRoles(rawValue: 1 << 0)
    /// `role-words.txt` (`Präsident`).
    static let roleWord = WordRoles(rawValue: 1 << 1)
    /// `location-cues.txt` (`in`, `nach`).
    static let locationCue = WordRoles(rawValue: 1 << 2)
    /// `name-particles.txt` (`von`, `der`).
    static let nameParticle = WordRoles(rawValue: 1 << 3)
    /// `articles.txt`.
    static let article = WordRoles(rawValue: 1 << 4)
    /// A place head after an -er adjective (`See` in `Tegeler See`), from `place-words.txt`.
    static let placeHeadAfterAdjective = WordRoles(rawValue: 1 << 5)
    /// A place name that is also the plural of its inhabitants (`Schweden`).
    static let peopleHomograph = WordRoles(rawValue: 1 << 6)
    /// `organisation-words.txt`; the use is in ``Gazetteer/organisationUses``.
    static let organisationWord = WordRoles(rawValue: 1 << 7)
    /// `actor-nouns.txt`; the noun's facts are in ``Gazetteer/actorNouns``.
    static let actorNoun = WordRoles(rawValue: 1 << 8)

    /// The plain word lists and the role each gives its words (the other roles come from
    /// files with more columns or from the entries).
    static let wordLists: [(file: GazetteerLexiconFile, role: WordRoles)] = [
        (.firstNames, .firstName), (.roleWords, .roleWord), (.locationCues, .locationCue),
        (.nameParticles, .nameParticle), (.articles, .article),
    ]
}
