/// The files of the stance lexicon, `Lexicons/stance/`.
public enum StanceLexiconFile: String, LexiconFileName {
    /// `WORD CLASS`: closed word classes (one- or two-word keys).
    case grammar = "grammar.tsv"
    /// `LEMMA POS LABEL PARTICLE FORMS HOLDER TARGET`: the cues.
    case cues = "cues.tsv"
    case negators = "negators.txt"
    /// Cessation words (`verb+particle` pairs allowed).
    case cessation = "cessation.txt"
    /// Words that lift a measure (`word+particle` allowed).
    case lifting = "lifting.txt"
    /// `WORD MODALITY`.
    case modality = "modality.tsv"
    /// `WORD TYPE`: relation words.
    case relations = "relations.tsv"
    /// `LEMMA POS LABEL`: evaluation words.
    case evaluations = "evaluations.tsv"
    /// `WORD CLASSES`: the words single rules look for.
    case ruleWords = "rule-words.tsv"
    /// `FUSED PREPOSITION`: contracted prepositions (`vom` → `von`).
    case contractions = "contractions.tsv"
    /// Endings of names that take `die`.
    case feminineEndings = "feminine-endings.txt"

    public static var folder: String { "stance" }

    public var fields: ClosedRange<Int> {
        switch self {
        case .grammar, .modality, .relations, .ruleWords, .contractions: 2...2
        case .cues: 7...7
        case .evaluations: 3...3
        default: 1...1
        }
    }
}
