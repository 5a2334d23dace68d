import LesartCore
import LesartStance

/// The stance detector as a pipeline stage. It keeps no state, so it is its own worker.
public struct StanceStage: PipelineStage, StageWorker {
    public let detector: StanceDetector
    public init(detector: StanceDetector) { self.detector = detector }

    public var name: String { "stances" }
    public var requires: Annotations { [.tokens, .sentences, .entities] }
    public var provides: Annotations { .stances }

    public func makeWorker() -> any StageWorker { self }
    public func process(_ document: inout Document) { detector.detect(&document) }
}
