import Dispatch
import Foundation
import Lesart
import Synchronization
import TestSupport
import Testing

/// A stage for the streaming tests: a document whose text starts with "langsam" sleeps, one
/// that starts with "warte" waits until the document with id "gate" has been annotated (or 30 s
/// have passed), one that starts with "Fehler" throws. Every document records when it finished.
struct SlowStage: PipelineStage, @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "Fehler im Test" }
    }

    /// Finished ids in the order the workers finished them, and the gate.
    final class Log: @unchecked Sendable {
        let finished = LockedValue<[String]>([])
        let gate = DispatchSemaphore(value: 0)
    }

    let log: Log
    var name: String { "slow" }
    var requires: Annotations { .tokens }
    var provides: Annotations { [] }
    func makeWorker() -> any StageWorker { Worker(log: log) }

    struct Worker: StageWorker {
        let log: Log
        func process(_ document: inout Document) throws {
            if document.utf8.starts(with: Array("langsam".utf8)) { usleep(20_000) }
            if document.utf8.starts(with: Array("warte".utf8)) { _ = log.gate.wait(timeout: .now() + 30) }
            log.finished.withLock { $0.append(document.id ?? "") }
            if document.id == "gate" { log.gate.signal() }
            if document.utf8.starts(with: Array("Fehler".utf8)) { throw Failure() }
        }
    }
}

@Suite("ParallelAnnotator: streaming")
struct StreamingAnnotatorTests {
    /// A pipeline of the tokenizer and the slow stage.
    static func annotator(jobs: Int, log: SlowStage.Log) throws -> ParallelAnnotator {
        let tokenizer = Tokenizer(profile: try LanguageProfile.german())
        return try ParallelAnnotator(pipeline: Pipeline([TokenizationStage(tokenizer: tokenizer), SlowStage(log: log)]),
                                     jobs: jobs)
    }

    /// Slow, fast and failing documents interleaved: ids "0" … "n-1".
    static func documents(_ count: Int) -> [Document] {
        (0..<count).map { index in
            let text = switch index % 5 {
            case 1: "langsam: Moskau droht Kiew."
            case 3: "Fehler: Peking schweigt."
            default: "schnell: Berlin warnt Paris \(index)."
            }
            return Document(id: String(index), text: text)
        }
    }

    @Test("slow, fast and failing documents leave in input order, errors in place", arguments: [1, 2, 3])
    func orderAndErrors(jobs: Int) throws {
        let log = SlowStage.Log()
        var results: [(id: String?, failed: Bool, tokens: Int)] = []
        try Self.annotator(jobs: jobs, log: log).annotate(streaming: Self.documents(40)) { result in
            switch result {
            case .success(let document): results.append((document.id, false, document.tokens.count))
            case .failure(let error):
                #expect("\(error)" == "Fehler im Test")
                results.append((nil, true, 0))
            }
        }
        #expect(results.count == 40)
        #expect(results.map(\.failed) == (0..<40).map { $0 % 5 == 3 })
        let expected: [String?] = (0..<40).filter { $0 % 5 != 3 }.map { String($0) }
        let ids: [String?] = results.filter { !$0.failed }.map(\.id)
        #expect(ids == expected)
        #expect(results.filter { !$0.failed }.allSatisfy { $0.tokens >= 5 })
        #expect(log.finished.withLock { $0.count } == 40)
    }

    @Test("a slow document does not hold up the others: later ones are annotated while it waits, yet leave after it")
    func overtaking() throws {
        let log = SlowStage.Log()
        var documents = [Document(id: "first", text: "warte: Kiew dankt der EU.")]
        documents += (0..<6).map { Document(id: "fast-\($0)", text: "schnell: Rom lobt Madrid.") }
        documents.append(Document(id: "gate", text: "schnell: Wien grüßt Prag."))
        var order: [String] = []
        try Self.annotator(jobs: 2, log: log).annotate(streaming: documents) { result in
            order.append(try result.get().id ?? "")
        }
        #expect(order == documents.map { $0.id ?? "" })
        // "first" waited for "gate", the last document: every other one finished before it.
        let finished = log.finished.withLock { $0 }
        #expect(finished.last == "first")
        #expect(finished.firstIndex(of: "gate")! < finished.firstIndex(of: "first")!)
    }

    @Test("the reader is never more than the window (and the item being written) ahead of the writer")
    func windowBound() throws {
        let log = SlowStage.Log()
        let annotator = try Self.annotator(jobs: 2, log: log)
        let written = Atomic<Int>(0)
        let ahead = LockedValue<Int>(0)
        let documents = Self.documents(200).filter { !$0.text.hasPrefix("Fehler") }
        var count = 0
        annotator.stream(window: StreamWindow(documents: 4, bytes: 1 << 20), read: { submit in
            for (index, document) in documents.enumerated() {
                guard submit(document, document.utf8.count) else { return }
                let inFlight = index + 1 - written.load(ordering: .sequentiallyConsistent)
                ahead.withLock { $0 = max($0, inFlight) }
            }
        }, process: { document, session in
            var document = document
            try? session.annotate(&document)
            return document.id ?? ""
        }, write: { id in
            #expect(id == documents[count].id)
            count += 1
            written.add(1, ordering: .sequentiallyConsistent)
        })
        #expect(count == documents.count)
        // Four in the window, plus the one the writer holds (counted here only once written).
        #expect(ahead.withLock { $0 } <= 5)
        #expect(ahead.withLock { $0 } >= 2)
    }

    @Test("the byte window holds back the reader; a single larger item still passes alone")
    func byteWindow() throws {
        let log = SlowStage.Log()
        let annotator = try Self.annotator(jobs: 2, log: log)
        let attempted = Atomic<Int>(0)
        let finished = LockedValue<[Int]>([])
        /// What was finished when the large item started, and how many items the reader had
        /// tried to hand on while the large one was in flight.
        let seenByLarge = LockedValue<(finished: [Int], attempted: Int)>(([], 0))
        let sizes = [10, 10, 10, 500, 10, 10, 10, 10]
        var count = 0
        annotator.stream(window: StreamWindow(documents: 100, bytes: 100), read: { submit in
            for (index, size) in sizes.enumerated() {
                attempted.add(1, ordering: .sequentiallyConsistent)
                guard submit(index, size) else { return }
            }
        }, process: { index, _ in
            if index == 3 {
                let before = finished.withLock { $0.sorted() }
                usleep(20_000)
                seenByLarge.withLock { $0 = (before, attempted.load(ordering: .sequentiallyConsistent)) }
            }
            usleep(2_000)
            finished.withLock { $0.append(index) }
            return index
        }, write: { index in
            #expect(index == count)
            count += 1
        })
        #expect(count == sizes.count)
        let seen = seenByLarge.withLock { $0 }
        #expect(seen.finished == [0, 1, 2], "the large item entered the window before the small ones had left it")
        #expect(seen.attempted <= 5, "the reader went on past the large item while it was in flight")
    }

    @Test("when the writer throws, reading stops and the error comes back", arguments: [1, 2])
    func writerStops(jobs: Int) throws {
        struct Stop: Error {}
        let log = SlowStage.Log()
        let read = Atomic<Int>(0)
        var written = 0
        #expect(throws: Stop.self) {
            try Self.annotator(jobs: jobs, log: log).stream(window: StreamWindow(documents: 8), read: { submit in
                for index in 0..<100_000 {
                    read.add(1, ordering: .relaxed)
                    guard submit(index, 1) else { return }
                }
            }, process: { index, _ in index }, write: { (index: Int) throws(Stop) in
                written += 1
                if index == 10 { throw Stop() }
            })
        }
        #expect(written == 11)
        #expect(read.load(ordering: .relaxed) < 100)
    }
}
