import LesartCore

/// The rule word lists of the gazetteer a word is on, as bits: looked up once per token
/// instead of once per list and rule.
struct WordRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

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
    /// `rule-words.txt`, `institution-link`: opens an institution's field (`für`).
    static let institutionLink = WordRoles(rawValue: 1 << 9)
    /// `rule-words.txt`, `institution-joiner`: may stand inside the field (`und`).
    static let institutionJoiner = WordRoles(rawValue: 1 << 10)
    /// `rule-words.txt`, `genitive-article`: a genitive owner follows a role noun (`der`).
    static let genitiveArticle = WordRoles(rawValue: 1 << 11)
    /// `rule-words.txt`, `seat-preposition`: a seat of government follows a role noun (`in`).
    static let seatPreposition = WordRoles(rawValue: 1 << 12)
    /// `rule-words.txt`, `road-class`: a road number follows (`A`, `B`).
    static let roadClass = WordRoles(rawValue: 1 << 13)
    /// `rule-words.txt`, `speech-verb`: a reporting verb before its speaker (`sagte`).
    static let speechVerb = WordRoles(rawValue: 1 << 14)
    /// `rule-words.txt`, `pronoun-masculine`: `er`, `ihm`, `ihn`.
    static let masculinePronoun = WordRoles(rawValue: 1 << 15)
    /// `rule-words.txt`, `pronoun-sie`: `sie`, plural when its verb is.
    static let pronounSie = WordRoles(rawValue: 1 << 16)
    /// `rule-words.txt`, `plural-verb`: a plural verb form not in -en (`sind`).
    static let pluralVerb = WordRoles(rawValue: 1 << 17)
    /// `rule-words.txt`, `no-verb`: a word in -en that is no verb (`gegen`, `denen`).
    static let noVerb = WordRoles(rawValue: 1 << 18)
    /// `rule-words.txt`, `indefinite-pronoun`: `jemand`, `jeder`: a later `er` is theirs.
    static let indefinitePronoun = WordRoles(rawValue: 1 << 19)
    /// `rule-words.txt`, `preposition`: a mention after it is no subject (`mit`).
    static let preposition = WordRoles(rawValue: 1 << 20)
    /// `rule-words.txt`, `subject-article`: an article that may open a subject (`die`).
    static let subjectArticle = WordRoles(rawValue: 1 << 21)

    /// `rule-words.txt`, `leader-link`: the person who leads a role noun follows (`von`).
    static let leaderLink = WordRoles(rawValue: 1 << 22)

    /// `rule-words.txt`, `quantifier`: a number word before a group noun (`zwei`, `mehrere`).
    static let quantifier = WordRoles(rawValue: 1 << 23)

    /// `rule-words.txt`, `pronoun-nominative`: a subject pronoun (`er`).
    static let nominativePronoun = WordRoles(rawValue: 1 << 24)

    /// `rule-words.txt`, `female-title`: a title that says a woman is named (`Frau`).
    static let femaleTitle = WordRoles(rawValue: 1 << 25)

    /// The roles of `rule-words.txt` by their name in the file.
    static let ruleWordRoles: [String: WordRoles] = [
        "institution-link": .institutionLink, "institution-joiner": .institutionJoiner,
        "genitive-article": .genitiveArticle, "seat-preposition": .seatPreposition, "road-class": .roadClass,
        "speech-verb": .speechVerb, "pronoun-masculine": .masculinePronoun, "pronoun-sie": .pronounSie,
        "plural-verb": .pluralVerb, "no-verb": .noVerb, "indefinite-pronoun": .indefinitePronoun,
        "preposition": .preposition, "subject-article": .subjectArticle, "leader-link": .leaderLink, "quantifier": .quantifier,
        "pronoun-nominative": .nominativePronoun, "female-title": .femaleTitle,
    ]

    /// The plain word lists and the role each gives its words (the other roles come from
    /// files with more columns or from the entries).
    static let wordLists: [(file: GazetteerLexiconFile, role: WordRoles)] = [
        (.firstNames, .firstName), (.roleWords, .roleWord), (.locationCues, .locationCue),
        (.nameParticles, .nameParticle), (.articles, .article),
    ]
}
