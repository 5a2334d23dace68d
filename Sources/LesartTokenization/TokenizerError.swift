import CICU
import LesartCore

/// Why a tokenizer or sentence splitter could not be built.
public enum TokenizerError: Error, CustomStringConvertible, Sendable {
    /// An ICU call failed with the given UErrorCode.
    case icu(operation: String, code: Int32)
    /// A lexicon file is missing or malformed.
    case lexicon(LexiconError)
    /// No folder with the language's lexicons was found.
    case lexiconsNotFound(language: String, searched: [String])

    public var description: String {
        switch self {
        case .icu(let operation, let code):
            "ICU failed in \(operation): \(String(cString: lesart_icu_error_name(code))) (\(code))"
        case .lexicon(let error):
            error.description
        case .lexiconsNotFound(let language, let searched):
            "no lexicons for language '\(language)'; looked in: \(searched.joined(separator: ", ")) "
                + "(set LESART_LEXICONS to the Lexicons folder)"
        }
    }
}
