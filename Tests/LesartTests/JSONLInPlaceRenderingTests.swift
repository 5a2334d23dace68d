import Foundation
import Lesart
import Testing
import TestSupport

/// The JSONL writer renders records in place in the output's free capacity, block by block;
/// a record must come out the same whatever room each block had.
@Suite("JSONL rendering in place")
struct JSONLInPlaceRenderingTests {
    @Test("a record is the same in a roomy buffer, one that starts empty, and a stream flushed every few bytes")
    func sameRecordWhateverTheRoom() throws {
        // Four copies: offsets past 10,000, so records of every length up to five-digit offsets.
        let text = try String(repeating: String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Corpora/de/russland-allianzen.txt"),
                                                encoding: .utf8), count: 4)
        let document = try Pipeline.german().makeSession().annotate(text: text)
        #expect(document.utf8.count > 10_000 && document.entities.count > 20)
        for offsets in OffsetUnit.allCases {
            let writer = JSONLWriter(offsets: offsets)
            var roomy = OutputBuffer(capacity: 1 << 22)
            writer.write(document, to: &roomy)
            var empty = OutputBuffer(capacity: 0)
            writer.write(document, to: &empty)
            #expect(empty.bytes == roomy.bytes, "\(offsets)")
            for threshold in [1, 97, 4_096] {
                var streamed: [UInt8] = []
                var stream = OutputBuffer(flushThreshold: threshold) { streamed += $0 }
                writer.write(document, to: &stream)
                stream.flush()
                #expect(streamed == roomy.bytes, "\(offsets), flushed at \(threshold) bytes")
            }
        }
    }
}
