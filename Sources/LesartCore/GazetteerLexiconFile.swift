/// The fixed files of the gazetteer, `Lexicons/gazetteer/`. Every other `.tsv` file there
/// is an entity file (``isEntityFile(_:)``), so a new source is a new file, not a new case.
public enum GazetteerLexiconFile: String, LexiconFileName {
    /// `FORMS ENTRY NOUNS`: demonym adjectives and inhabitant nouns.
    case demonyms = "demonyms.tsv"
    case firstNames = "first-names.txt"
    case roleWords = "role-words.txt"
    case locationCues = "location-cues.txt"
    case nameParticles = "name-particles.txt"
    case articles = "articles.txt"
    case placePrefixes = "place-prefixes.txt"
    case placeEndings = "place-endings.txt"
    /// `WORD USE`: words that form organisation names.
    case organisationWords = "organisation-words.txt"
    /// `WORD USE`: place heads (`See`, `-straße`).
    case placeWords = "place-words.txt"
    /// `FORM CLASS LABEL STATE`: nouns that stand for an actor.
    case actorNouns = "actor-nouns.txt"
    /// Entry ids of armed groups.
    case armedGroups = "armed-groups.txt"
    /// Entry ids of places that act (capitals, seats of government).
    case actorPlaces = "actor-places.txt"
    /// `WORD ROLES`: words single entity rules look for (`für`, `der`, `in`).
    case ruleWords = "rule-words.txt"
    /// Endings of adjectives that describe a group (`-istische`).
    case groupAdjectiveEndings = "group-adjective-endings.txt"
    /// Compass prefixes of derived adjectives (`süd`, `Nord`).
    case adjectivePrefixes = "adjective-prefixes.txt"
    /// Endings a place name adds to an adjective stem (`en`, `ien`).
    case adjectiveStemEndings = "adjective-stem-endings.txt"
    /// Arabic articles in names (`al`, `el`).
    case arabicArticles = "arabic-articles.txt"
    /// Prefixes of organ compounds (`Regierungs`).
    case organPrefixes = "organ-prefixes.txt"
    /// Entry ids of actors named in the plural (`USA`, `Taliban`).
    case pluralActors = "plural-actors.txt"

    public static var folder: String { "gazetteer" }

    public var fields: ClosedRange<Int> {
        switch self {
        case .demonyms: 3...3
        case .organisationWords, .placeWords, .ruleWords: 2...2
        case .actorNouns: 4...4
        default: 1...1
        }
    }

    public var isOptional: Bool {
        switch self {
        case .demonyms, .actorNouns, .armedGroups, .actorPlaces, .pluralActors: true
        default: false
        }
    }

    /// Whether the file `name` of the folder is an entity file (`ID LABEL CANONICAL ACTOR
    /// FORMS POLICY [ROLE YEARS]`): every `.tsv` but the demonyms.
    public static func isEntityFile(_ name: String) -> Bool {
        name.hasSuffix(".tsv") && name != demonyms.rawValue
    }

    /// The fields of an entity file's lines.
    public static let entityFields = 6...8
}
