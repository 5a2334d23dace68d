import LesartCore
import LesartEntities

/// The gazetteer entity tagger as a pipeline stage. It keeps no state, so it is its own worker.
public struct EntityStage: PipelineStage, StageWorker {
    public let tagger: EntityTagger
    public init(tagger: EntityTagger) { self.tagger = tagger }

    public var name: String { "entities" }
    public var requires: Annotations { [.tokens, .sentences] }
    public var provides: Annotations { .entities }

    public func makeWorker() -> any StageWorker { self }
    public func process(_ document: inout Document) { tagger.tag(&document) }
}
