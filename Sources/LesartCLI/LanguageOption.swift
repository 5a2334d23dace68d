import ArgumentParser
import Lesart

/// `--language`, on every command that reads text: the language profile
/// (`Lexicons/<language>/`) and the one place the CLI builds its pipelines and profiles.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of the text: a profile folder under the lexicons (de, the only one today).")
    var language = "de"

    /// The pipeline for the language, up to `layers`.
    func pipeline(lexicons: String?, convention: Convention,
                  providing layers: Annotations = [.tokens, .sentences, .entities, .stances]) throws -> Pipeline {
        try Pipeline(language: language, lexicons: lexicons, convention: convention, providing: layers)
    }

    /// The tokenizer profile of the language.
    func profile(lexicons: String?) throws -> LanguageProfile {
        try LanguageProfile(language: language, lexicons: lexicons)
    }
}
