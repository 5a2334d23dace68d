import Lesart
@testable import LesartEntities

/// Scans built over the bundled gazetteer for tests that drive single rules and gates
/// (``EntityScan/withScan(gazetteer:bytes:tokens:wordIDs:sentenceStart:_:)`` with the word
/// ids looked up and the first token a sentence start).
enum EntityScanFixture {
    /// Runs `body` with a scan of `text` over the bundled gazetteer, its first token a
    /// sentence start.
    static func withScan(_ text: String, _ body: (EntityScan) -> Void) throws {
        let (_, _, tokenizer) = BundledGazetteer.shared
        var document = Document(text: text)
        try tokenizer.makeSession().tokenize(&document)
        withScan(bytes: document.utf8, tokens: document.tokens, body)
    }

    /// Runs `body` with a scan of `tokens` over `bytes` and the bundled gazetteer, the first
    /// token a sentence start.
    static func withScan(bytes: [UInt8], tokens: [Token], _ body: (EntityScan) -> Void) {
        let gazetteer = BundledGazetteer.shared.gazetteer
        var wordIDs: [Int32] = []
        bytes.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { gazetteer.matcher.wordIDs(of: $0, in: bytes, into: &wordIDs) }
        }
        var sentenceStart = [Bool](repeating: false, count: tokens.count)
        if !tokens.isEmpty { sentenceStart[0] = true }
        EntityScan.withScan(gazetteer: gazetteer, bytes: bytes, tokens: tokens, wordIDs: wordIDs,
                            sentenceStart: sentenceStart, body)
    }
}
