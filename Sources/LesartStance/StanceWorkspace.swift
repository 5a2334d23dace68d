/// The arrays a ``StanceDetector``'s scan fills sentence by sentence, kept by a pipeline worker
/// from document to document: a document's sentences are short, and allocating, growing and
/// freeing the same handful of arrays (one list of mentions per clause) for every document
/// cost more than reading them. Holds nothing of a document once its scan is done but
/// the arrays' storage.
package struct StanceWorkspace {
    var sentence = SentenceBuffers()
    /// The per-token tables of ``StanceScan/prepare()`` (``StanceScan/entityAt``,
    /// ``StanceScan/opensSentence``), kept for documents of up to ``maxKeptTokens`` tokens.
    var entityAt: [Int32] = []
    var opensSentence: [Bool] = []

    /// A worker keeps the per-token tables of a document of up to a million tokens (5 MB);
    /// those of a larger one (a 100 MB line) are freed with it, not held until the worker ends.
    static let maxKeptTokens = 1 << 20

    package init() {}

    /// Drops the per-token tables if they outgrew ``maxKeptTokens``.
    mutating func dropLargeTables() {
        if entityAt.capacity > Self.maxKeptTokens { entityAt = [] }
        if opensSentence.capacity > Self.maxKeptTokens { opensSentence = [] }
    }
}
