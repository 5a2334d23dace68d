import Lesart

/// What an annotating thread hands to the writer for one ``AnnotateItem``, in input order.
enum AnnotateOutput: Sendable {
    /// A document's rendered record and its counts.
    case record([UInt8], counts: DocumentCounts, warnings: [String])
    /// An annotated document too large to hold its record (``AnnotateWorker/streamedRecordBytes``):
    /// the writer renders it straight into the output, which flushes inside the record.
    case large(Document, warnings: [String])
    /// An error record; `documentBytes` is the text's size when the document was read but
    /// failed in the pipeline (it counts as input processed).
    case failure(id: String?, idIsJSON: Bool, message: String, documentBytes: Int, warnings: [String])
    case openOutput(path: String)
    case closeOutput
    case skipped
}

/// The sizes of one annotated document, for the progress line and the summary.
struct DocumentCounts: Sendable {
    var bytes = 0
    var tokens = 0
    var entities = 0
    var stances = 0

    init(_ document: Document) {
        bytes = document.utf8.count
        tokens = document.tokens.count
        entities = document.entities.count
        stances = document.stances.count
    }
}
