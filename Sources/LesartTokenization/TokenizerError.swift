import CICU

/// Why the tokenizer could not run: an ICU call failed. (Lexicon problems are
/// ``LexiconLoadError``s of LesartCore, thrown when the ``LanguageProfile`` is loaded.)
public enum TokenizerError: Error, CustomStringConvertible, Sendable {
    /// An ICU call failed with the given UErrorCode.
    case icu(operation: String, code: Int32)

    public var description: String {
        switch self {
        case .icu(let operation, let code):
            "ICU failed in \(operation): \(String(cString: lesart_icu_error_name(code))) (\(code))"
        }
    }
}
