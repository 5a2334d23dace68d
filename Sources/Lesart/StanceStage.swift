import LesartCore
import LesartStance
import LesartTokenization

/// The stance detector as a pipeline stage. Its workers keep the detector's arrays from
/// document to document (``StanceStageWorker``); the stage itself is a worker too, that
/// allocates them for each document.
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

    public func makeWorker() -> any StageWorker { StanceStageWorker(stage: self) }

    public func process(_ document: inout Document) {
        var workspace = StanceWorkspace()
        process(&document, workspace: &workspace)
    }

    /// Detects the stances of `document` with the arrays of `workspace`.
    func process(_ document: inout Document, workspace: inout StanceWorkspace) {
        guard let sharedWords,
              let ids = document.handedOnWordIDs.ids(of: ObjectIdentifier(sharedWords), tokenCount: document.tokens.count)
        else { return detector.detect(&document, workspace: &workspace) }
        detector.detect(&document, wordIDs: ids, workspace: &workspace)
    }
}
