import LesartCore
import LesartEntities
import LesartTokenization

/// The gazetteer entity tagger as a pipeline stage. It keeps no state, so it is its own worker.
public struct EntityStage: PipelineStage, StageWorker {
    public let tagger: EntityTagger
    /// The gazetteer's and the stance lexicon's words in one table, when the pipeline also
    /// has a stance stage: each token is looked up once, and the stance lexicon's ids are
    /// handed on to that stage (`Document.handedOnWordIDs`).
    let sharedWords: SharedWordTable?

    public init(tagger: EntityTagger) {
        self.init(tagger: tagger, sharing: nil)
    }

    /// A stage that looks tokens up in `sharedWords` (whose first table is the tagger's
    /// gazetteer words) and hands the second table's ids on to the stance stage.
    package init(tagger: EntityTagger, sharing sharedWords: SharedWordTable?) {
        self.tagger = tagger
        self.sharedWords = sharedWords
    }

    public var name: String { "entities" }
    public var requires: Annotations { [.tokens, .sentences] }
    public var provides: Annotations { .entities }

    public func makeWorker() -> any StageWorker { self }

    public func process(_ document: inout Document) {
        guard let sharedWords else { return tagger.tag(&document) }
        var gazetteerIDs: [Int32] = []
        var handedOn = HandedOnWordIDs(table: ObjectIdentifier(sharedWords))
        document.utf8.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                sharedWords.ids(of: tokens, in: bytes, first: &gazetteerIDs, second: &handedOn.ids)
            }
        }
        tagger.tag(&document, wordIDs: gazetteerIDs)
        document.handedOnWordIDs = handedOn
    }
}
