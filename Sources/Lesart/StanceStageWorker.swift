import LesartCore
import LesartStance

/// One thread's worker of a ``StanceStage``: the stage's detection with the detector's
/// arrays kept from document to document (``StanceWorkspace``), not allocated for each.
struct StanceStageWorker: StageWorker {
    let stage: StanceStage
    var workspace = StanceWorkspace()

    mutating func process(_ document: inout Document) {
        stage.process(&document, workspace: &workspace)
    }
}
