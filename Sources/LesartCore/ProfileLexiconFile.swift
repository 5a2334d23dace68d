/// The files of a tokenizer language profile, `Lexicons/<language>/` (`de/`). The rule
/// family each feeds is named; a profile leaves out the optional ones whose family does
/// not apply to its language.
public enum ProfileLexiconFile: String, LexiconFileName {
    /// `FORM CLASS`: abbreviations and their class (title, inner, final).
    case abbreviations = "abbreviations.tsv"
    /// Abbreviations whose letters also spell a word (`Art.`, `So.`).
    case abbreviationWords = "abbreviation-words.txt"
    /// Endings that make a compound an abbreviation (`Parkstr.`).
    case abbreviationEndings = "abbreviation-endings.txt"
    /// Month names and their abbreviations (dates: `3. Oktober`).
    case months = "months.txt"
    /// Words before an ordinal (`am 3.`).
    case ordinalPreceding = "ordinal-preceding.txt"
    /// Words after an ordinal (`3. Platz`).
    case ordinalFollowing = "ordinal-following.txt"
    /// Units after a number (`3 km`).
    case units = "units.txt"
    /// `FORM POSITION`: apostrophe clitics (`geht's`).
    case clitics = "clitics.txt"
    /// Gender suffixes (`Bürger*innen`).
    case genderSuffixes = "gender-suffixes.txt"
    /// Capitalised words that open sentences (camel-case splits, abbreviations before a capital).
    case sentenceStarters = "sentence-starters.txt"
    /// Answer words that open sentences too but are content words inside one (`Genau`).
    case answerWords = "answer-words.txt"
    /// Coordinators after a truncation (`Ein- und Ausfuhr`).
    case coordinators = "coordinators.txt"
    /// Sentence openers also capitalised inside a sentence (`Sie`, `Morgen`): glued sentences.
    case capitalisedInside = "capitalised-inside.txt"
    /// Nouns before an unquoted title (`Roman`, `Zeitung`): glued sentences.
    case titleHeads = "title-heads.txt"

    public static var folder: String { "de" }

    /// The files that feed only one rule family are optional in the enum's sense; whether a
    /// language needs them is ``isRequired(ordinalsAndDates:truncations:sentenceStarters:genderForms:gluedSentences:)``.
    public var isOptional: Bool {
        switch self {
        case .months, .ordinalPreceding, .ordinalFollowing, .coordinators, .sentenceStarters, .answerWords,
             .genderSuffixes, .capitalisedInside, .titleHeads: true
        default: false
        }
    }

    /// Whether a profile whose rules use the given families must have the file.
    public func isRequired(ordinalsAndDates: Bool, truncations: Bool, sentenceStarters: Bool, genderForms: Bool,
                           gluedSentences: Bool) -> Bool {
        switch self {
        case .months, .ordinalPreceding, .ordinalFollowing: ordinalsAndDates
        case .coordinators: truncations
        case .sentenceStarters, .answerWords: sentenceStarters
        case .genderSuffixes: genderForms
        case .capitalisedInside, .titleHeads: gluedSentences
        default: true
        }
    }

    public var fields: ClosedRange<Int> {
        switch self {
        case .abbreviations, .clitics: 2...2
        default: 1...1
        }
    }
}
