import LesartCore
import LesartStance
import LesartTokenization

/// The stance detector as a pipeline stage. It keeps no state, so it is its own worker.
public struct StanceStage: PipelineStage, StageWorker {
    public let detector: StanceDetector
    /// The table the entity stage looks tokens up in for both stages, if it does: the
    /// stance lexicon's ids it hands on are then taken instead of looking every token up again.
    let sharedWords: SharedWordTable?

    public init(detector: StanceDetector) {
        self.init(detector: detector, sharing: nil)
    }

    /// A stage that takes the word ids the entity stage handed on through `sharedWords`
    /// (whose second table is the detector's lexicon words).
    package init(detector: StanceDetector, sharing sharedWords: SharedWordTable?) {
        self.detector = detector
        self.sharedWords = sharedWords
    }

    public var name: String { "stances" }
    public var requires: Annotations { [.tokens, .sentences, .entities] }
    public var provides: Annotations { .stances }

    public func makeWorker() -> any StageWorker { self }

    public func process(_ document: inout Document) {
        guard let sharedWords,
              let ids = document.handedOnWordIDs.ids(of: ObjectIdentifier(sharedWords), tokenCount: document.tokens.count)
        else { return detector.detect(&document) }
        detector.detect(&document, wordIDs: ids)
    }
}
