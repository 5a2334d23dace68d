import LesartEntities
import LesartStance
import LesartTokenization

extension Pipeline {
    /// The default German pipeline from the bundled lexicons: tokens, sentences, entities, stances.
    ///
    /// - Parameters:
    ///   - lexicons: the Lexicons directory; nil finds the bundled one (see `LexiconLocator`).
    ///   - convention: tokenization convention (EmpiriST or UD).
    ///   - layers: the layers wanted; only the stages up to the last one needed are built,
    ///     so their lexicons are the only ones loaded (`--stages tokens` loads no gazetteer).
    public static func german(lexicons: String? = nil, convention: Convention = .empirist,
                              providing layers: Annotations = [.tokens, .sentences, .entities, .stances]) throws -> Pipeline {
        let profile = try LanguageProfile.german(lexicons: lexicons)
        let tokenizer = Tokenizer(profile: profile, convention: convention)
        var stages: [any PipelineStage] = [TokenizationStage(tokenizer: tokenizer)]
        var provided: Annotations = .tokens
        if !provided.isSuperset(of: layers) {
            stages.append(SentenceStage(splitter: SentenceSplitter(profile: profile, convention: convention)))
            provided.insert(.sentences)
        }
        if !provided.isSuperset(of: layers) {
            stages.append(EntityStage(tagger: EntityTagger(gazetteer: try Gazetteer(lexicons: lexicons, tokenizer: tokenizer))))
            provided.insert(.entities)
        }
        if !provided.isSuperset(of: layers) {
            stages.append(StanceStage(detector: StanceDetector(lexicon: try StanceLexicon(lexicons: lexicons))))
            provided.insert(.stances)
        }
        guard provided.isSuperset(of: layers) else { throw PipelineError.unavailable(layers.subtracting(provided)) }
        return try Pipeline(stages)
    }
}
