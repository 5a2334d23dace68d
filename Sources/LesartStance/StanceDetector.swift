import LesartCore

/// Finds stance relations `holder → target` (support, distancing, threat) between the
/// actors of a sentence, with polarity, modality, the cue and the rule as evidence.
/// Rules read clauses without a parser: clause boundaries at punctuation and
/// subordinators, the verb bracket and separable particles, prepositions and
/// case-marking articles for argument slots, passive and recipient verbs, nominal cues
/// with genitive, possessive or adjective holders, coordination of actors and of verbs,
/// relative clauses and the main clause they interrupt, mutual relations, negation and
/// cessation, modality and reported speech (the source is no argument), and pronoun
/// subjects resolved to the last named actor or the quoted speaker.
///
/// Needs tokens, sentences and entities. Immutable and `Sendable`; one pass per sentence.
public struct StanceDetector: Sendable {
    public let lexicon: StanceLexicon

    public init(lexicon: StanceLexicon) {
        self.lexicon = lexicon
    }

    /// Replaces `document.stances` and sets the document's stance catalog.
    public func detect(_ document: inout Document) {
        var stances: [Stance] = []
        let entities = document.entities
        let catalog = document.entityCatalog
        document.utf8.withUnsafeBufferPointer { bytes in
            var scan = StanceScan(lexicon: lexicon, bytes: bytes, tokens: document.tokens, sentences: document.sentences,
                                  entities: entities, actors: entities.map { Self.actor(of: $0, in: document, catalog: catalog) },
                                  canonicals: entities.map { document.canonicalName(of: $0) }, tracing: false)
            stances = scan.run()
        }
        document.stances = stances
        document.stanceCatalog = lexicon
    }

    /// Runs the detector and returns a readable trace: for each sentence the actors, the
    /// cues found, and which rules fired or were blocked (negation, modality, no holder).
    public func explain(_ document: Document) -> [String] {
        var lines: [String] = []
        let catalog = document.entityCatalog
        document.utf8.withUnsafeBufferPointer { bytes in
            var scan = StanceScan(lexicon: lexicon, bytes: bytes, tokens: document.tokens, sentences: document.sentences,
                                  entities: document.entities,
                                  actors: document.entities.map { Self.actor(of: $0, in: document, catalog: catalog) },
                                  canonicals: document.entities.map { document.canonicalName(of: $0) }, tracing: true)
            _ = scan.run()
            lines = scan.trace
        }
        return lines
    }

    private static func actor(of entity: Entity, in document: Document, catalog: (any EntityCatalog)?) -> String {
        document.actor(of: entity)
    }
}
