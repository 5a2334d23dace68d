/// Why a lexicon could not be loaded: a file is missing or malformed, or no Lexicons
/// folder holds the lexicon asked for. Thrown by every lexicon loader (tokenizer profile,
/// gazetteer, stance lexicon) alike.
public enum LexiconLoadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A lexicon file is missing or malformed (file, line and reason).
    case file(LexiconError)
    /// No Lexicons folder with the sub-folder `language` was found among `searched`.
    case notFound(language: String, searched: [String])

    public var description: String {
        switch self {
        case .file(let error):
            error.description
        case .notFound(let language, let searched):
            "no lexicons for language '\(language)'; looked in: \(searched.joined(separator: ", ")) "
                + "(set LESART_LEXICONS to the Lexicons folder)"
        }
    }
}
