/// The arrays a ``StanceDetector``'s scan fills sentence by sentence, kept by a pipeline worker
/// from document to document: a document's sentences are short, and allocating, growing and
/// freeing the same handful of arrays (one list of mentions per clause) for every document
/// cost more than reading them. Holds nothing of a document once its scan is done but
/// the arrays' storage.
package struct StanceWorkspace {
    var sentence = SentenceBuffers()

    package init() {}
}
