import ArgumentParser
import Lesart

/// Options `tokenize`, `annotate` and `explain` share: language, token convention, offset
/// unit, how invalid UTF-8 is handled, and where the lexicons are.
struct ProcessingOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Option(help: "Token convention: empirist or ud.")
    var convention: Convention = .empirist

    @Option(help: "Offset unit in jsonl output: scalar (code points), utf16 or utf8.")
    var offsets: OffsetUnit = .scalar

    @Flag(help: "Replace invalid UTF-8 by U+FFFD (with a warning) instead of failing the document.")
    var lossy = false

    @Option(help: "Folder holding the lexicons (default: $LESART_LEXICONS or the bundled Lexicons/).")
    var lexicons: String?

    /// The pipeline these options ask for, up to `layers`.
    func pipeline(providing layers: Annotations = [.tokens, .sentences, .entities, .stances]) throws -> Pipeline {
        try language.pipeline(lexicons: lexicons, convention: convention, providing: layers)
    }
}
