import Lesart

/// What the reader of `annotate` and `tokenize` hands to the annotating threads, in input
/// order: raw input still to be checked and parsed (that work is done in parallel, not on
/// the reader's thread), an input error, or a change of output file.
enum AnnotateItem: Sendable {
    /// One JSON line (without its line end), number `number` of `source`.
    case line([UInt8], number: Int, source: String)
    /// Text read whole from `name`, or one chunk of a large text file, not yet checked as UTF-8.
    case text([UInt8], name: String, chunk: TextChunk?)
    /// An input that yields an error record in its place.
    case failure(id: String?, idIsJSON: Bool, message: String)
    /// The records that follow go to this file (`--output DIR`), until ``closeOutput``.
    case openOutput(path: String)
    /// The file opened last is complete: commit it; records go to standard output again.
    case closeOutput
    /// An input skipped because its output exists (`--skip-existing`).
    case skipped

    /// The input bytes it holds, for the window of items in flight.
    var size: Int {
        switch self {
        case .line(let bytes, _, _), .text(let bytes, _, _): bytes.count
        case .failure, .openOutput, .closeOutput, .skipped: 0
        }
    }
}
