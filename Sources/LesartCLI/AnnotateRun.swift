import Lesart

/// The batch loop of `lesart annotate`: collects documents (and input errors) into batches,
/// annotates each batch on all threads, renders each document's record on the thread that
/// annotated it, and writes the records in input order.
///
/// A batch is written and flushed as soon as it is full (256 documents or 4 MB of text) or
/// when the input ends, so memory stays bounded and a streaming reader sees output per batch;
/// the record of a large document (``streamedRecordBytes``) is streamed, never held whole.
final class AnnotateRun {
    private let annotator: ParallelAnnotator
    private let writer: any DocumentWriter
    private let progress: ProgressReporter?
    private(set) var statistics = RunStatistics()
    private var out: OutputBuffer
    private var batch: [Document] = []
    private var batchBytes = 0
    /// Input order: a document (index into `batch`) or an input error.
    private var slots: [Slot] = []

    private enum Slot {
        case document(Int)
        case failure(id: String?, idIsJSON: Bool, message: String)
    }

    static let batchDocuments = 256
    static let batchBytesLimit = 4 << 20
    /// Documents of this many bytes or more are rendered straight into the output (which
    /// flushes every megabyte, also inside a record) instead of into a record buffer on their
    /// worker thread: a record is about 25 times its text, so a whole one would not be bounded.
    static let streamedRecordBytes = 1 << 20

    init(annotator: ParallelAnnotator, writer: any DocumentWriter, progress: ProgressReporter?,
         sink: @escaping ([UInt8]) -> Void) {
        self.annotator = annotator
        self.writer = writer
        self.progress = progress
        out = OutputBuffer(flushThreshold: 1 << 20, sink: sink)
    }

    /// Adds one input document or input error (`id` is JSON text when `idIsJSON`); runs the
    /// batch when it is full.
    func add(id: String?, idIsJSON: Bool = false, _ result: Result<Document, InputError>) {
        switch result {
        case .success(let document):
            slots.append(.document(batch.count))
            batchBytes += document.utf8.count
            batch.append(document)
        case .failure(let error):
            slots.append(.failure(id: id, idIsJSON: idIsJSON, message: error.description))
        }
        if batch.count >= Self.batchDocuments || batchBytes >= Self.batchBytesLimit || slots.count >= 4 * Self.batchDocuments {
            finishBatch()
        }
    }

    /// Annotates and writes everything pending, then flushes the output.
    func finishBatch() {
        var records = [[UInt8]](repeating: [], count: batch.count)
        let writer = self.writer
        let errors = records.withUnsafeMutableBufferPointer { buffer in
            let target = RecordSlots(records: buffer)
            return annotator.annotate(&batch) { index, document, error in
                guard error == nil, document.utf8.count < Self.streamedRecordBytes else { return }
                var record = OutputBuffer(capacity: document.utf8.count * 8 + 512)
                writer.write(document, to: &record)
                target.records[index] = record.bytes
            }
        }
        for slot in slots {
            switch slot {
            case .document(let index):
                let document = batch[index]
                statistics.documents += 1
                statistics.bytes += document.utf8.count
                if let error = errors[index] {
                    fail(id: document.id, idIsJSON: document.idIsJSON,
                         message: "\(document.id ?? "document"): annotation failed: \(error)")
                } else {
                    statistics.tokens += document.tokens.count
                    statistics.entities += document.entities.count
                    statistics.stances += document.stances.count
                    if document.utf8.count < Self.streamedRecordBytes {
                        out.append(records[index][...])
                    } else {
                        writer.write(document, to: &out)  // streams: `out` flushes inside the record
                    }
                }
            case .failure(let id, let idIsJSON, let message):
                statistics.documents += 1
                fail(id: id, idIsJSON: idIsJSON, message: message)
            }
            out.flushIfFull()
        }
        batch.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        batchBytes = 0
        out.flush()
        progress?.update(statistics)
    }

    /// Finishes the pending batch and sends further output to `sink` (one file per input with `--output`).
    func redirect(to sink: @escaping ([UInt8]) -> Void) {
        finishBatch()
        out = OutputBuffer(flushThreshold: 1 << 20, sink: sink)
    }

    /// Counts an error, reports it on standard error and writes its error record.
    private func fail(id: String?, idIsJSON: Bool, message: String) {
        statistics.errors += 1
        StandardError.write("lesart: \(message)\n")
        writer.writeError(id: id, idIsJSON: idIsJSON, message: message, to: &out)
    }
}

/// Per-document record buffers the worker threads fill at distinct indices.
private struct RecordSlots: @unchecked Sendable {
    let records: UnsafeMutableBufferPointer<[UInt8]>
}
