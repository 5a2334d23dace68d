import LesartCore

/// Everything language-specific the tokenizer and sentence splitter read, loaded from one
/// folder of lexicons (`Lexicons/<language>/`) plus the language-independent lists in
/// `Lexicons/common/`. A new language is a new folder with the same files.
///
/// Immutable and `Sendable`: one profile is shared by all workers.
public struct LanguageProfile: Sendable {
    /// Language code, also the name of the lexicon folder ("de").
    public let language: String
    /// The folder the lists were read from.
    public let lexiconFolder: String
    /// The rule families the language uses (``LanguageRules``).
    public let rules: LanguageRules

    let abbreviations: ByteStringTable<AbbreviationClass>
    /// Abbreviations whose letters also spell an ordinary word (`Art.`, `So.`, `schweiz.`).
    let abbreviationWords: ByteStringTable<Bool>
    /// Shapes of the abbreviations and of the abbreviation endings: a pre-test at full stops.
    let abbreviationShapes: WordShapeFilter
    let abbreviationEndingShapes: WordShapeFilter
    let months: ByteStringTable<Bool>
    let ordinalPreceding: ByteStringTable<Bool>
    let ordinalFollowing: ByteStringTable<Bool>
    let units: ByteStringTable<Bool>
    let cliticSuffixes: ByteStringTable<Bool>
    let cliticPrefixes: ByteStringTable<Bool>
    let genderSuffixes: ByteStringTable<Bool>
    /// Words after which a hyphen at a word's end marks a truncation (`Ein- und Ausfuhr`).
    let coordinators: ByteStringTable<Bool>
    /// Endings that make a compound an abbreviation (`Parkstr.`).
    let abbreviationEndings: ByteStringTable<Bool>
    /// Capitalised words that signal a sentence start: the closed-class words and the
    /// answer words (`Genau`).
    let sentenceStarters: ByteStringTable<Bool>
    /// The closed-class sentence starters alone (`Der`, `In`, `Und`): in either case, words
    /// that cannot end a sentence.
    let closedClassStarters: ByteStringTable<Bool>
    /// The shapes of the sentence starters: a pre-test before the lookup after every word.
    let sentenceStarterShapes: WordShapeFilter
    /// Sentence starters also written with a capital inside a sentence (`Sie`, `Morgen`).
    let capitalisedInside: ByteStringTable<Bool>
    /// Nouns (lowercase) after which an unquoted title follows (`roman`, `zeitung`).
    let titleHeads: ByteStringTable<Bool>
    let emoticons: ByteStringTable<Bool>
    /// For each first byte, bit n set when some emoticon starting with it is n bytes long
    /// (lengths up to 63): the emoticon matcher tries only those lengths.
    let emoticonLengths: [UInt64]
    /// One bit per pair of first two bytes of a listed emoticon (65,536 bits): a cheap
    /// test before the emoticon matcher runs on a word (`und` cannot start one, `xD` can).
    let emoticonPairs: [UInt64]
    /// One bit per pair of first two bytes of a simple word that the tokenizer looks at
    /// closer: it may start a listed emoticon or be `www` (`TokenScanner.mayStartEmoticonOrURL`).
    /// Built once with the profile, not per tokenizer session.
    let simpleWordWatchPairs: [UInt64]
    /// The longest run of plain-word letter bytes (ASCII, Latin-1) that starts a listed
    /// emoticon (3: `owo`, `uwu`): a plain word longer than this cannot be one.
    let longestEmoticonLetterRun: Int
    let topLevelDomains: ByteStringTable<Bool>

    /// Loads the profile for `language` from `lexicons` (a Lexicons folder), or from the
    /// folder ``LexiconLocator`` finds, for the language's rules (``LanguageRules/init(language:)``
    /// unless given). A malformed file, or a missing one the rules need, throws, naming it.
    public init(language: String = "de", lexicons: String? = nil, rules: LanguageRules? = nil) throws(LexiconLoadError) {
        let root = try LexiconLocator.locate(language: language, explicit: lexicons)
        do {
            self = try LanguageProfile(root: root, language: language, rules: rules ?? LanguageRules(language: language))
        } catch {
            throw .file(error)
        }
    }

    /// Reads every list (the checked multi-field files through the readers of
    /// `LanguageProfile+Loading.swift`); the first malformed or missing file throws.
    private init(root: String, language: String, rules: LanguageRules) throws(LexiconError) {
        self.language = language
        self.lexiconFolder = root
        self.rules = rules
        let dir = root + "/" + language
        let common = root + "/" + CommonLexiconFile.folder
        let abbreviationEntries = try Self.abbreviationEntries(from: ProfileLexiconFile.abbreviations.load(from: dir))
        abbreviations = ByteStringTable(abbreviationEntries)
        abbreviationShapes = WordShapeFilter(abbreviationEntries.map { $0.0 })
        abbreviationWords = try Self.abbreviationWords(from: ProfileLexiconFile.abbreviationWords.load(from: dir),
                                                     listed: abbreviations)
        months = try Self.words(.months, in: dir, rules: rules)
        ordinalPreceding = try Self.words(.ordinalPreceding, in: dir, rules: rules)
        ordinalFollowing = try Self.words(.ordinalFollowing, in: dir, rules: rules)
        units = try ByteStringTable(ProfileLexiconFile.units, in: dir)
        genderSuffixes = try Self.words(.genderSuffixes, in: dir, rules: rules)
        let closedClassWords = try Self.wordList(.sentenceStarters, in: dir, rules: rules)
        let starterWords = closedClassWords + (try Self.wordList(.answerWords, in: dir, rules: rules))
        closedClassStarters = ByteStringTable(closedClassWords.map { ($0, true) })
        sentenceStarters = ByteStringTable(starterWords.map { ($0, true) })
        sentenceStarterShapes = WordShapeFilter(words: starterWords)
        capitalisedInside = try Self.words(.capitalisedInside, in: dir, rules: rules)
        titleHeads = try Self.words(.titleHeads, in: dir, rules: rules)
        coordinators = try Self.words(.coordinators, in: dir, rules: rules)
        let endings = try ProfileLexiconFile.abbreviationEndings.words(from: dir)
        abbreviationEndings = ByteStringTable(endings.map { ($0, true) })
        abbreviationEndingShapes = WordShapeFilter(endings)
        let clitics = try Self.clitics(from: ProfileLexiconFile.clitics.load(from: dir))
        cliticSuffixes = ByteStringTable(clitics.suffixes)
        cliticPrefixes = ByteStringTable(clitics.prefixes)
        let emoticonIndex = try Self.emoticonIndex(from: CommonLexiconFile.emoticons.load(from: common))
        emoticons = emoticonIndex.table
        emoticonLengths = emoticonIndex.lengths
        emoticonPairs = emoticonIndex.pairs
        simpleWordWatchPairs = Self.simpleWordWatchPairs(emoticonPairs: emoticonIndex.pairs)
        longestEmoticonLetterRun = emoticonIndex.longestLetterRun
        topLevelDomains = try ByteStringTable(CommonLexiconFile.topLevelDomains, in: common)
    }

    /// The number of leading bytes of `bytes` that a plain word is made of: ASCII letters
    /// and two-byte Latin-1 letters (C3 80–BF).
    static func leadingPlainLetters(_ bytes: [UInt8]) -> Int {
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                k += 1
            } else if b == 0xC3, k + 1 < bytes.count, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0xBF {
                k += 2
            } else {
                break
            }
        }
        return k
    }

    /// The German profile from the bundled lexicons.
    public static func german(lexicons: String? = nil) throws(LexiconLoadError) -> LanguageProfile {
        try LanguageProfile(language: "de", lexicons: lexicons)
    }

    /// Whether the bytes are a capitalised word that opens sentences (`Der`, `Im`, `Dann`).
    public func isSentenceStarter(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        sentenceStarters.value(for: bytes) != nil
    }

    /// Whether an emoticon may start with byte `b`.
    @inline(__always) func mayStartEmoticon(_ b: UInt8) -> Bool { emoticonLengths[Int(b)] != 0 }

    /// Whether a listed emoticon (two bytes or longer) may start with bytes `b0`, `b1`.
    @inline(__always) func mayStartEmoticon(_ b0: UInt8, _ b1: UInt8) -> Bool {
        let pair = Int(b0) << 8 | Int(b1)
        return emoticonPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }
}
