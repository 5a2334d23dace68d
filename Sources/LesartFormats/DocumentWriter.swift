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
    /// A generous estimate of the bytes of `document`'s record (the JSONL record is the
    /// largest: about 45 bytes per token, 320 per entity, 520 per stance, plus the text),
    /// to reserve a record buffer once instead of growing it while rendering.
    public func recordCapacity(for document: Document) -> Int {
        let text = document.utf8.count
        return text + text / 8 + 48 &* document.tokens.count + 32 &* document.sentences.count
            + 320 &* document.entities.count + 520 &* document.stances.count + document.carriedFields.count + 512
    }

    /// Formats without JSON ids write JSON text ids as plain text.
    public func writeError(id: String?, idIsJSON: Bool, message: String, to out: inout OutputBuffer) {
        writeError(id: id, message: message, to: &out)
    }
}
