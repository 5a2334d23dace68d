import LesartCore

/// One step of a ``Pipeline``: a value that says which layers it reads and adds, and makes
/// workers that do the work.
///
/// A stage is shared by all threads; anything mutable (ICU iterators, scratch buffers) lives in
/// the ``StageWorker`` each thread makes from it. Write a stage of your own by conforming a type
/// to this protocol and insert it with ``Pipeline/inserting(_:after:)`` or ``Pipeline/init(_:)``.
public protocol PipelineStage: Sendable {
    /// A short name for messages ("tokenizer", "entities").
    var name: String { get }
    /// Layers that earlier stages must have added.
    var requires: Annotations { get }
    /// Layers this stage adds.
    var provides: Annotations { get }
    /// A worker for one thread.
    func makeWorker() throws -> any StageWorker
}
