import LesartEntities
import LesartStance
import LesartTokenization

extension Pipeline {
    /// The default German pipeline from the bundled lexicons: tokens, sentences, entities, stances.
    ///
    /// - Parameters:
    ///   - lexicons: the Lexicons directory; nil finds the bundled one (see `LexiconLocator`).
    ///   - convention: tokenization convention (EmpiriST or UD).
    public static func german(lexicons: String? = nil, convention: Convention = .empirist) throws -> Pipeline {
        let profile = try LanguageProfile.german(lexicons: lexicons)
        let tokenizer = Tokenizer(profile: profile, convention: convention)
        return try Pipeline([
            TokenizationStage(tokenizer: tokenizer),
            SentenceStage(splitter: SentenceSplitter(profile: profile, convention: convention)),
            EntityStage(tagger: EntityTagger(gazetteer: try Gazetteer(lexicons: lexicons, tokenizer: tokenizer))),
            StanceStage(detector: StanceDetector(lexicon: try StanceLexicon(lexicons: lexicons))),
        ])
    }
}
