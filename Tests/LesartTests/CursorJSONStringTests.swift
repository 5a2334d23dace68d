import Testing
@testable import LesartFormats

/// ``ByteCursor/write(jsonString:)`` writes short strings without an escape as they are,
/// by whole-word tests and copies; it must spell every string as the buffer's escaping walk does.
@Suite("Cursor JSON strings")
struct CursorJSONStringTests {
    /// `s` written through a cursor.
    static func cursorJSON(_ s: [UInt8]) -> [UInt8] {
        let room = ByteCursor.jsonStringRoom(s.count)
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
        defer { block.deallocate() }
        var cursor = ByteCursor(position: block, end: block + room)
        s.withUnsafeBufferPointer { cursor.write(jsonString: $0) }
        return Array(UnsafeBufferPointer(start: block, count: cursor.position - block))
    }

    @Test("every length up to 20 with each special byte at every position equals the escaping walk")
    func shortStrings() {
        let specials: [[UInt8]] = [[0x22], [0x5C], [0x0A], [0x00], [0x1F], [0x7F], Array("\u{2028}".utf8),
                                   Array("„".utf8), Array("ä".utf8), [0x5D], [0x7E]]
        let filler = Array("Ostukraine".utf8)
        for length in 0...20 {
            let plain = (0..<length).map { filler[$0 % filler.count] }
            var samples = [plain]
            for special in specials {
                for position in 0...length where position + special.count <= length {
                    var s = plain
                    s.replaceSubrange(position..<(position + special.count), with: special)
                    samples.append(s)
                }
            }
            for s in samples {
                var reference = OutputBuffer()
                reference.appendJSONString(s)
                #expect(Self.cursorJSON(s) == reference.bytes, "\(s)")
            }
        }
    }
}
