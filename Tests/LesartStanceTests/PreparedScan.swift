import Lesart
@testable import LesartStance

/// Runs `body` on a ``StanceScan`` of `document` prepared as the detector prepares it before
/// its first sentence (word ids looked up in the stance lexicon, per-token tables filled), for
/// tests that compare the scan's fast paths with their references.
func withPreparedScan<R>(of document: Document, tracing: Bool = false, _ body: (inout StanceScan) -> R) -> R {
    let lexicon = StancePipeline.detector.lexicon
    return document.utf8.withUnsafeBufferPointer { bytes in
        var ids: [Int32] = []
        document.tokens.withUnsafeBufferPointer { lexicon.wordTable.ids(of: $0, in: bytes, into: &ids) }
        var scan = StanceScan(lexicon: lexicon, bytes: bytes, tokens: document.tokens, sentences: document.sentences,
                              entities: document.entities, names: EntityNames(document), tracing: tracing, wordIDs: ids)
        scan.prepare()
        return body(&scan)
    }
}
