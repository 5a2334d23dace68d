import LesartCore

/// An ordered list of stages whose inputs were checked once, when it was built.
///
/// ```swift
/// let pipeline = try Pipeline.german()
/// let document = try pipeline.makeSession().annotate(text: "Moskau drohte der Ukraine.")
/// ```
public struct Pipeline: Sendable {
    /// The stages, in the order they run.
    public let stages: [any PipelineStage]

    /// Checks that every stage's inputs are provided by the stages before it.
    public init(_ stages: [any PipelineStage]) throws(PipelineError) {
        var available: Annotations = []
        for (position, stage) in stages.enumerated() {
            let missing = stage.requires.subtracting(available)
            guard missing.isEmpty else {
                throw .missingInput(stage: stage.name, position: position, missing: missing)
            }
            available.formUnion(stage.provides)
        }
        self.stages = stages
    }

    /// Every layer the pipeline adds.
    public var provides: Annotations {
        stages.reduce(into: Annotations()) { $0.formUnion($1.provides) }
    }

    /// The stage names, in order.
    public var stageNames: [String] { stages.map(\.name) }

    /// This pipeline with `stage` inserted after the stage named `name` (at the start when `name` is nil).
    public func inserting(_ stage: any PipelineStage, after name: String?) throws -> Pipeline {
        var list = stages
        if let name {
            guard let index = list.firstIndex(where: { $0.name == name }) else {
                throw PipelineError.unknownStage(name)
            }
            list.insert(stage, at: index + 1)
        } else {
            list.insert(stage, at: 0)
        }
        return try Pipeline(list)
    }

    /// The shortest leading part of the pipeline that provides `layers` (for `--stages`).
    public func prefix(providing layers: Annotations) throws(PipelineError) -> Pipeline {
        var available: Annotations = []
        for (index, stage) in stages.enumerated() {
            available.formUnion(stage.provides)
            if available.isSuperset(of: layers) { return try Pipeline(Array(stages[...index])) }
        }
        throw .unavailable(layers.subtracting(available))
    }

    /// Workers for one thread; make one per thread and reuse it for many documents.
    public func makeSession() throws -> PipelineSession {
        PipelineSession(workers: try stages.map { try $0.makeWorker() })
    }
}
