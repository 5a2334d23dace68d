import LesartCore
import LesartEntities
import LesartStance
import LesartTokenization

extension Pipeline {
    /// The default pipeline for `language` from the bundled lexicons: tokens, sentences,
    /// entities, stances. The one factory every command builds its pipeline with.
    ///
    /// - Parameters:
    ///   - language: a language code with a profile folder (`Lexicons/<language>/`); `de`
    ///     is the only one today. The gazetteer and the stance lexicon are German, so for
    ///     another language only tokens and sentences are available.
    ///   - lexicons: the Lexicons directory; nil finds the bundled one (see `LexiconLocator`).
    ///   - convention: tokenization convention (EmpiriST or UD).
    ///   - layers: the layers wanted; only the stages up to the last one needed are built,
    ///     so their lexicons are the only ones loaded (`--stages tokens` loads no gazetteer).
    public init(language: String, lexicons: String? = nil, convention: Convention = .empirist,
                providing layers: Annotations = [.tokens, .sentences, .entities, .stances]) throws {
        let profile = try LanguageProfile(language: language, lexicons: lexicons)
        let tokenizer = Tokenizer(profile: profile, convention: convention)
        let german = language == "de"
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
            guard german || layer == .tokens || layer == .sentences else { break }
            stages.append(try make())
            provided.insert(layer)
        }
        guard provided.isSuperset(of: layers) else { throw PipelineError.unavailable(layers.subtracting(provided)) }
        Self.shareWordLookups(in: &stages)
        try self.init(stages)
    }

    /// With an entity and a stance stage, rebuilds both over one `SharedWordTable` of the
    /// gazetteer's and the stance lexicon's words: the entity stage then looks every token
    /// up once for itself and the stance stage.
    static func shareWordLookups(in stages: inout [any PipelineStage]) {
        guard let e = stages.firstIndex(where: { $0 is EntityStage }), let s = stages.firstIndex(where: { $0 is StanceStage }),
              let entities = stages[e] as? EntityStage, let stances = stages[s] as? StanceStage else { return }
        let shared = SharedWordTable(first: entities.tagger.gazetteer.wordTable, second: stances.detector.lexicon.wordTable)
        stages[e] = EntityStage(tagger: entities.tagger, sharing: shared)
        stages[s] = StanceStage(detector: stances.detector, sharing: shared)
    }

    /// The default German pipeline: ``init(language:lexicons:convention:providing:)`` for `de`.
    public static func german(lexicons: String? = nil, convention: Convention = .empirist,
                              providing layers: Annotations = [.tokens, .sentences, .entities, .stances]) throws -> Pipeline {
        try Pipeline(language: "de", lexicons: lexicons, convention: convention, providing: layers)
    }
}
