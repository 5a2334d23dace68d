import Testing
import LesartCore

/// `TextChunk.next(after:)`: the next chunk starts where this one's text ends, in every unit.
@Suite("TextChunk offsets")
struct TextChunkOffsetTests {
    @Test("The next chunk's offsets add the text's length in each unit")
    func nextChunk() {
        let first = TextChunk(index: 0, utf8Offset: 5, scalarOffset: 4, utf16Offset: 6)
        for text in ["", "a", "Größe 😀 x", "abcdefgh", "Ä😀b北ß 🇺🇦x 𝄞yzÖ€ abcdefgh Größe 👍🏽!"] {
            let next = first.next(after: Array(text.utf8))
            #expect(next.index == 1)
            #expect(next.utf8Offset == 5 + text.utf8.count)
            #expect(next.scalarOffset == 4 + text.unicodeScalars.count, "\(text)")
            #expect(next.utf16Offset == 6 + text.utf16.count, "\(text)")
        }
    }
}
