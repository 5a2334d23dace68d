import Dispatch
import LesartCore
import Synchronization

/// Annotates documents on several threads; results keep the input order.
///
/// Each thread has its own ``PipelineSession``. Two ways to run it:
/// - streaming (``annotate(streaming:window:_:)`` and ``stream(window:read:process:idleAfter:idle:write:)``):
///   a reader thread, the annotating threads and the writer (the calling thread) overlap,
///   connected by a bounded window of documents in flight; see <doc:StreamingAnnotation>.
/// - in batches (``annotate(_:)``): a batch is processed completely before the call returns,
///   so memory is bounded by the batch the caller hands in.
public final class ParallelAnnotator {
    /// The pipeline every thread runs.
    public let pipeline: Pipeline
    let sessions: [PipelineSession]

    /// - Parameters:
    ///   - pipeline: the stages every thread runs.
    ///   - jobs: threads to use (at least 1).
    public init(pipeline: Pipeline, jobs: Int) throws {
        self.pipeline = pipeline
        sessions = try (0..<max(1, jobs)).map { _ in try pipeline.makeSession() }
    }

    /// The number of threads.
    public var jobs: Int { sessions.count }

    /// Annotates every document of `batch` in place; the error of a failed document is at its index.
    public func annotate(_ batch: inout [Document]) -> [(any Error)?] {
        annotate(&batch, finishing: nil)
    }

    /// Annotates every document of `batch` in place and then calls `finish` with its index,
    /// the annotated document and its error, on the same worker thread: the place to render
    /// output records in parallel. `finish` runs concurrently for different indices.
    public func annotate(_ batch: inout [Document],
                         finishing finish: (@Sendable (Int, Document, (any Error)?) -> Void)?) -> [(any Error)?] {
        var errors = [(any Error)?](repeating: nil, count: batch.count)
        if sessions.count == 1 || batch.count < 2 {
            for index in batch.indices {
                do { try sessions[0].annotate(&batch[index]) } catch { errors[index] = error }
                finish?(index, batch[index], errors[index])
            }
            return errors
        }
        let next = Atomic<Int>(0)
        let count = batch.count
        batch.withUnsafeMutableBufferPointer { documents in
            errors.withUnsafeMutableBufferPointer { failures in
                let shared = SharedBuffers(documents: documents, failures: failures, sessions: sessions)
                DispatchQueue.concurrentPerform(iterations: min(sessions.count, count)) { worker in
                    while true {
                        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard index < count else { return }
                        do { try shared.sessions[worker].annotate(&shared.documents[index]) }
                        catch { shared.failures[index] = error }
                        finish?(index, shared.documents[index], shared.failures[index])
                    }
                }
            }
        }
        return errors
    }

    /// Annotates `documents` in order on `jobs` threads, `batchSize` documents at a time.
    public func annotate(_ documents: some Sequence<Document>, batchSize: Int = 256) -> [Result<Document, any Error>] {
        var results: [Result<Document, any Error>] = []
        var batch: [Document] = []
        func run() {
            let errors = annotate(&batch)
            for (document, error) in zip(batch, errors) {
                results.append(error.map { .failure($0) } ?? .success(document))
            }
            batch.removeAll(keepingCapacity: true)
        }
        for document in documents {
            batch.append(document)
            if batch.count >= batchSize { run() }
        }
        if !batch.isEmpty { run() }
        return results
    }
}

/// Buffers the worker threads write to at distinct indices; each index is touched by one thread only.
private struct SharedBuffers: @unchecked Sendable {
    let documents: UnsafeMutableBufferPointer<Document>
    let failures: UnsafeMutableBufferPointer<(any Error)?>
    let sessions: [PipelineSession]
}
