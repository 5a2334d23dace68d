import Lesart

/// The work of one annotating thread for one item: check and parse the input, run the
/// pipeline, render the record. Runs on any worker thread; holds no state of its own.
struct AnnotateWorker: Sendable {
    let writer: any DocumentWriter
    /// `--lossy`: repair invalid UTF-8 instead of failing the document.
    let lossy: Bool

    /// Documents of this many bytes or more are rendered by the writer straight into the
    /// output (which flushes every megabyte, also inside a record) instead of into a record
    /// here: a record is about 25 times its text, so a whole one would not be bounded.
    static let streamedRecordBytes = 1 << 20

    func process(_ item: AnnotateItem, session: PipelineSession) -> AnnotateOutput {
        var warnings: [String] = []
        switch item {
        case .line(let bytes, let number, let source):
            let record = JSONLRecord.document(from: bytes, number: number, source: source, lossy: lossy,
                                              warnings: &warnings)
            switch record.result {
            case .success(let document):
                return annotate(document, session: session, warnings: warnings)
            case .failure(let error):
                return .failure(id: record.id, idIsJSON: record.idIsJSON, message: error.description,
                                documentBytes: 0, warnings: warnings)
            }
        case .text(let bytes, let name, let chunk):
            let checked: Result<[UInt8], InputError>
            if let chunk {
                checked = UTF8Check.checked(bytes, lossy: lossy, place: name, offsetBase: chunk.utf8Offset,
                                            context: " (chunk \(chunk.index + 1) at byte offset \(chunk.utf8Offset))",
                                            warnings: &warnings)
            } else {
                checked = UTF8Check.checked(bytes, lossy: lossy, place: name, warnings: &warnings)
            }
            switch checked {
            case .success(let valid):
                var document = Document(id: name, validatedUTF8: valid)
                document.chunk = chunk
                return annotate(document, session: session, warnings: warnings)
            case .failure(let error):
                return .failure(id: name, idIsJSON: false, message: error.description, documentBytes: 0, warnings: warnings)
            }
        case .failure(let id, let idIsJSON, let message):
            return .failure(id: id, idIsJSON: idIsJSON, message: message, documentBytes: 0, warnings: [])
        case .openOutput(let path):
            return .openOutput(path: path)
        case .closeOutput:
            return .closeOutput
        case .skipped:
            return .skipped
        }
    }

    /// Runs the pipeline on `document` and renders its record (unless it is large).
    private func annotate(_ document: Document, session: PipelineSession, warnings: [String]) -> AnnotateOutput {
        var document = document
        do {
            try session.annotate(&document)
        } catch {
            return .failure(id: document.id, idIsJSON: document.idIsJSON,
                            message: "\(document.id ?? "document"): annotation failed: \(error)",
                            documentBytes: document.utf8.count, warnings: warnings)
        }
        guard document.utf8.count < Self.streamedRecordBytes else { return .large(document, warnings: warnings) }
        var record = OutputBuffer(capacity: writer.recordCapacity(for: document))
        writer.write(document, to: &record)
        return .record(record.bytes, counts: DocumentCounts(document), warnings: warnings)
    }
}
