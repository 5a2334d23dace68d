/// The language-independent tokenizer lists, `Lexicons/common/`.
public enum CommonLexiconFile: String, LexiconFileName {
    /// Emoticons (`:-)`, `xD`).
    case emoticons = "emoticons.txt"
    /// Top-level domains for bare URLs (`example.de`).
    case topLevelDomains = "tlds.txt"

    public static var folder: String { "common" }
}
