import LesartCore
import LesartTokenization

/// The tokenizer as a pipeline stage; each worker holds its own ICU break iterator.
public struct TokenizationStage: PipelineStage {
    public let tokenizer: Tokenizer
    public init(tokenizer: Tokenizer) { self.tokenizer = tokenizer }

    public var name: String { "tokens" }
    public var requires: Annotations { [] }
    public var provides: Annotations { .tokens }

    public func makeWorker() throws -> any StageWorker {
        Worker(session: try tokenizer.makeSession())
    }

    /// One thread's tokenizer session.
    struct Worker: StageWorker {
        let session: TokenizerSession
        func process(_ document: inout Document) { session.tokenize(&document) }
    }
}
