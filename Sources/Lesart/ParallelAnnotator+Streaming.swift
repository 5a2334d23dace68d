import Dispatch
import Foundation
import LesartCore

extension ParallelAnnotator {
    /// Annotates `documents` as a stream: they are read on a thread of their own, annotated
    /// on ``jobs`` threads and handed to `body` in input order on the calling thread, each
    /// as the annotated document or the error it failed with, in its place.
    ///
    /// Reading, annotating and the caller's work in `body` overlap; memory stays bounded by
    /// `window`, whatever the length of the sequence. With one job everything runs on the
    /// calling thread, one document after the other. When `body` throws, reading stops, the
    /// documents in flight are dropped and the error is rethrown.
    ///
    /// ```swift
    /// let annotator = try ParallelAnnotator(pipeline: .german(), jobs: 4)
    /// try annotator.annotate(streaming: articles.lazy.map { Document(id: $0.id, text: $0.text) }) { result in
    ///     let document = try result.get()
    ///     print(document.id ?? "", document.entities.count)
    /// }
    /// ```
    public func annotate<Documents: Sequence & Sendable, Failure: Error>(
        streaming documents: Documents, window: StreamWindow = StreamWindow(),
        _ body: (Result<Document, any Error>) throws(Failure) -> Void
    ) throws(Failure) where Documents.Element == Document {
        try stream(window: window, read: { submit in
            for document in documents {
                guard submit(document, document.utf8.count) else { return }
            }
        }, process: { document, session in
            var document = document
            do {
                try session.annotate(&document)
                return .success(document)
            } catch {
                return .failure(error)
            }
        }, write: body)
    }

    /// The general streaming run the CLI uses: `read` hands items to `submit` in input order
    /// (with their size in bytes, for the window), `process` turns each into an output on
    /// one of ``jobs`` threads with that thread's session, and `write` receives the outputs
    /// in input order on the calling thread.
    ///
    /// - Parameters:
    ///   - window: how many items (and input bytes) may be in flight at once.
    ///   - read: runs on a thread of its own (on the calling thread with one job); `submit`
    ///     waits while the window is full and returns false when the run was cancelled, after
    ///     which `read` should return.
    ///   - process: runs concurrently for different items; each call gets a session no other
    ///     thread uses at the same time. An item's failure belongs in its output.
    ///   - idleAfter: milliseconds the writer waits for the next output before calling `idle`.
    ///   - idle: called on the calling thread when the next output is late (a reader that
    ///     waits for more input, a slow document): the place to flush buffered output, so a
    ///     streaming consumer sees every finished record without waiting for the next ones.
    ///     Not called with one job (the writer never waits there).
    ///   - write: receives every output, in input order; when it throws, the run is cancelled
    ///     (reading stops, outputs still in flight are dropped) and the error is rethrown
    ///     once every thread has stopped.
    public func stream<Item: Sendable, Output: Sendable, Failure: Error>(
        window: StreamWindow = StreamWindow(),
        read: @escaping @Sendable (_ submit: (_ item: Item, _ bytes: Int) -> Bool) -> Void,
        process: @escaping @Sendable (_ item: Item, _ session: PipelineSession) -> Output,
        idleAfter milliseconds: Int = 20,
        idle: () -> Void = {},
        write: (Output) throws(Failure) -> Void
    ) throws(Failure) {
        guard sessions.count > 1 else {
            return try streamOnCallingThread(read: read, process: process, write: write)
        }
        let relay = OrderedRelay<Item, Output>(window: window)
        let running = DispatchGroup()
        start(running) {
            read { item, bytes in relay.submit(item, bytes: bytes) }
            relay.close()
        }
        for session in sessions {
            let worker = SessionHandle(session: session)
            start(running) {
                var next = relay.take()
                while let (index, item) = next {
                    next = relay.finish(index, process(item, worker.session))
                }
            }
        }
        var failure: Failure?
        var outputs: [Output] = []
        writing: while relay.next(into: &outputs, idleAfter: milliseconds, idle: idle) {
            for output in outputs {
                do throws(Failure) {
                    try write(output)
                } catch {
                    failure = error
                    relay.cancel()
                    break writing
                }
            }
        }
        outputs.removeAll()
        running.wait()
        if let failure { throw failure }
    }

    /// ``stream(window:read:process:idleAfter:idle:write:)`` with one job: read, process and
    /// write each item in turn on the calling thread (no thread, no queue).
    private func streamOnCallingThread<Item, Output, Failure: Error>(
        read: @escaping @Sendable (_ submit: (Item, Int) -> Bool) -> Void,
        process: @escaping @Sendable (Item, PipelineSession) -> Output,
        write: (Output) throws(Failure) -> Void
    ) throws(Failure) {
        let session = sessions[0]
        var failure: Failure?
        withoutActuallyEscaping(write) { write in
            read { item, _ in
                do throws(Failure) {
                    try write(process(item, session))
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
        }
        if let failure { throw failure }
    }

    /// Runs `body` on a new thread that leaves `group` when it ends.
    private func start(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// A session handed to the one thread that uses it.
private struct SessionHandle: @unchecked Sendable {
    let session: PipelineSession
}
