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
        var workspace = StanceWorkspace()
        detect(&document, workspace: &workspace)
    }

    /// ``detect(_:)`` with the arrays of `workspace`, left in it for the next document.
    package func detect(_ document: inout Document, workspace: inout StanceWorkspace) {
        detect(&document, wordIDs: wordIDs(of: document), workspace: &workspace)
    }

    /// ``detect(_:)`` with the tokens' ids in the lexicon's word table
    /// (``StanceLexicon/words``) already looked up (one per token, -1 for none; see
    /// `SharedWordTable`).
    package func detect(_ document: inout Document, wordIDs: [Int32]) {
        var workspace = StanceWorkspace()
        detect(&document, wordIDs: wordIDs, workspace: &workspace)
    }

    /// ``detect(_:wordIDs:)`` with the arrays of `workspace`, left in it for the next document.
    package func detect(_ document: inout Document, wordIDs: [Int32], workspace: inout StanceWorkspace) {
        precondition(wordIDs.count == document.tokens.count, "one word id per token")
        let stances = scan(document, tracing: false, wordIDs: wordIDs, workspace: &workspace) { $0.run() }
        document.stances = stances
        document.stanceCatalog = lexicon
    }

    /// The id of every token in ``StanceLexicon/words`` (-1 for a word it does not know).
    private func wordIDs(of document: Document) -> [Int32] {
        var ids: [Int32] = []
        document.utf8.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { lexicon.wordTable.ids(of: $0, in: bytes, into: &ids) }
        }
        return ids
    }

    /// Runs the detector and returns a readable trace: for each sentence the actors, the
    /// cues found, and which rules fired or were blocked (negation, modality, no holder).
    public func explain(_ document: Document) -> [String] {
        var workspace = StanceWorkspace()
        return scan(document, tracing: true, wordIDs: wordIDs(of: document), workspace: &workspace) { scan in
            _ = scan.run()
            return scan.trace
        }
    }

    /// Sets up one document's scan (actors and canonical names looked up when first needed)
    /// with the arrays of `workspace` and runs `body` on it.
    private func scan<R>(_ document: Document, tracing: Bool, wordIDs: [Int32], workspace: inout StanceWorkspace,
                         _ body: (inout StanceScan) -> R) -> R {
        let entities = document.entities
        return document.utf8.withUnsafeBufferPointer { bytes in
            var scan = StanceScan(lexicon: lexicon, bytes: bytes, tokens: document.tokens, sentences: document.sentences,
                                  entities: entities, names: EntityNames(document), tracing: tracing, wordIDs: wordIDs)
            swap(&scan.buffers, &workspace.sentence)
            swap(&scan.entityAt, &workspace.entityAt)
            swap(&scan.opensSentence, &workspace.opensSentence)
            defer {
                swap(&scan.buffers, &workspace.sentence)
                swap(&scan.entityAt, &workspace.entityAt)
                swap(&scan.opensSentence, &workspace.opensSentence)
                workspace.dropLargeTables()
            }
            return body(&scan)
        }
    }
}
