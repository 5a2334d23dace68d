/// Why a ``Pipeline`` cannot be built or run.
public enum PipelineError: Error, CustomStringConvertible, Equatable {
    /// The stage at `position` needs layers that no earlier stage provides.
    case missingInput(stage: String, position: Int, missing: Annotations)
    /// `--stages` or ``Pipeline/prefix(providing:)`` asked for layers no stage provides.
    case unavailable(Annotations)
    /// ``Pipeline/inserting(_:after:)`` named a stage the pipeline does not have.
    case unknownStage(String)

    public var description: String {
        switch self {
        case let .missingInput(stage, position, missing):
            return "stage \(position + 1) (\(stage)) needs \(missing), which no earlier stage provides"
        case let .unavailable(layers):
            return "no stage of the pipeline provides \(layers)"
        case let .unknownStage(name):
            return "the pipeline has no stage named '\(name)'"
        }
    }
}
