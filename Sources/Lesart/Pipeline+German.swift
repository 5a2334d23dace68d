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
        // Each stage is built (and its lexicon loaded) only when a later layer is still wanted.
        let makers: [(Annotations, () throws -> any PipelineStage)] = [
            (.tokens, { TokenizationStage(tokenizer: tokenizer) }),
            (.sentences, { SentenceStage(splitter: SentenceSplitter(profile: profile, convention: convention)) }),
            (.entities, { EntityStage(tagger: EntityTagger(gazetteer: try Gazetteer(lexicons: lexicons, tokenizer: tokenizer))) }),
            (.stances, { StanceStage(detector: StanceDetector(lexicon: try StanceLexicon(lexicons: lexicons))) }),
        ]
        var stages: [any PipelineStage] = []
        var provided: Annotations = []
        for (layer, make) in makers where stages.isEmpty || !provided.isSuperset(of: layers) {
            stages.append(try make())
            provided.insert(layer)
        }
        guard provided.isSuperset(of: layers) else { throw PipelineError.unavailable(layers.subtracting(provided)) }
        return try Pipeline(stages)
    }
}
