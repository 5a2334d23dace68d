import LesartCore
import LesartTokenization

/// The sentence splitter as a pipeline stage. It keeps no state, so it is its own worker.
public struct SentenceStage: PipelineStage, StageWorker {
    public let splitter: SentenceSplitter
    public init(splitter: SentenceSplitter) { self.splitter = splitter }

    public var name: String { "sentences" }
    public var requires: Annotations { .tokens }
    public var provides: Annotations { .sentences }

    public func makeWorker() -> any StageWorker { self }
    public func process(_ document: inout Document) { splitter.split(&document) }
}
