import LesartCore

/// Which language-specific rule families of the tokenizer and sentence splitter a
/// language uses, next to the ``LanguageProfile`` that holds its word lists. German uses
/// them all; a new language switches off what does not apply, and the profile files that
/// feed only those families become optional (``ProfileLexiconFile/isRequired(by:)``).
public struct LanguageRules: Sendable, Equatable {
    /// Ordinals and dotted dates: `3. Oktober`, `am 3.`, `27.11.2026`, `01.05.`, `XIV.`
    /// (`months.txt`, `ordinal-preceding.txt`, `ordinal-following.txt`).
    public var ordinalsAndDates: Bool
    /// Two words run together split before a capital when the part before is lowercase or a
    /// listed sentence opener (`derText`, `IhreAnnäherungen`; `sentence-starters.txt`).
    public var camelCaseSplits: Bool
    /// Truncated compounds keep their hyphen: `Ein- und Ausfuhr` (`coordinators.txt`).
    public var truncations: Bool
    /// A capitalised word after an abbreviation says nothing (German capitalises nouns):
    /// only a listed sentence opener shows a sentence start there (`sentence-starters.txt`).
    /// Where false, any capitalised word after a final abbreviation starts a sentence.
    public var onlyStartersAfterAbbreviations: Bool
    /// Gender forms joined by `*`, `:`, `_`, `·` or a capital `I` (`Bürger*innen`; `gender-suffixes.txt`).
    public var genderForms: Bool
    /// A capitalised sentence opener right after a word starts a new sentence that the one
    /// before left without final punctuation (headlines and intertitles run into the text,
    /// informal posts: `EU besorgt Die Kommission …`), unless it is also written with a
    /// capital inside a sentence or begins a title (`sentence-starters.txt`,
    /// `capitalised-inside.txt`, `title-heads.txt`).
    public var gluedSentences: Bool

    public init(ordinalsAndDates: Bool, camelCaseSplits: Bool, truncations: Bool, onlyStartersAfterAbbreviations: Bool,
                genderForms: Bool, gluedSentences: Bool = false) {
        self.ordinalsAndDates = ordinalsAndDates
        self.camelCaseSplits = camelCaseSplits
        self.truncations = truncations
        self.onlyStartersAfterAbbreviations = onlyStartersAfterAbbreviations
        self.genderForms = genderForms
        self.gluedSentences = gluedSentences
    }

    /// German: every family.
    public static let german = LanguageRules(ordinalsAndDates: true, camelCaseSplits: true, truncations: true,
                                             onlyStartersAfterAbbreviations: true, genderForms: true,
                                             gluedSentences: true)

    /// A language without the German families (English, say): numbers, abbreviations,
    /// clitics, URLs, emoticons and the universal sentence rules only.
    public static let universal = LanguageRules(ordinalsAndDates: false, camelCaseSplits: false, truncations: false,
                                                onlyStartersAfterAbbreviations: false, genderForms: false)

    /// The rules of `language` (a language code): German for `de`, the universal rules otherwise.
    public init(language: String) {
        self = language == "de" ? .german : .universal
    }
}
