import Lesart

/// The stages `lesart annotate` runs on each document: tokens, sentences, entities, stances.
struct AnnotatePipeline {
    let session: TokenizerSession
    let splitter: SentenceSplitter
    let tagger: EntityTagger
    let detector: StanceDetector

    init(lexicons: String?, convention: Convention) throws {
        let profile = try LanguageProfile.german(lexicons: lexicons)
        let tokenizer = Tokenizer(profile: profile, convention: convention)
        session = try tokenizer.makeSession()
        splitter = SentenceSplitter(profile: profile, convention: convention)
        tagger = EntityTagger(gazetteer: try Gazetteer(lexicons: lexicons, tokenizer: tokenizer))
        detector = StanceDetector(lexicon: try StanceLexicon(lexicons: lexicons))
    }

    func annotate(_ document: inout Document) {
        session.tokenize(&document)
        splitter.split(&document)
        tagger.tag(&document)
        detector.detect(&document)
    }
}
