import LesartCore

/// Writes annotated documents, and failed ones, in one output format.
public protocol DocumentWriter: Sendable {
    /// Appends the record of one document.
    func write(_ document: Document, to out: inout OutputBuffer)
    /// Appends the record of a document that failed, in its place.
    func writeError(id: String?, message: String, to out: inout OutputBuffer)
}
