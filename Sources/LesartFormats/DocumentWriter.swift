import LesartCore

/// Writes annotated documents, and failed ones, in one output format.
public protocol DocumentWriter: Sendable {
    /// Appends the record of one document.
    func write(_ document: Document, to out: inout OutputBuffer)
    /// Appends the record of a document that failed, in its place.
    func writeError(id: String?, message: String, to out: inout OutputBuffer)
    /// Appends the record of a failed document whose id may be JSON text (``Document/idIsJSON``).
    func writeError(id: String?, idIsJSON: Bool, message: String, to out: inout OutputBuffer)
}

extension DocumentWriter {
    /// Formats without JSON ids write JSON text ids as plain text.
    public func writeError(id: String?, idIsJSON: Bool, message: String, to out: inout OutputBuffer) {
        writeError(id: id, message: message, to: &out)
    }
}
