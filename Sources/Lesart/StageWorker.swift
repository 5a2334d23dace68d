import LesartCore

/// The per-thread side of a ``PipelineStage``: processes one document at a time.
public protocol StageWorker {
    /// Adds this stage's layers to `document`.
    mutating func process(_ document: inout Document) throws
}
