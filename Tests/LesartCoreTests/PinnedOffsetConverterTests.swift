import Testing
import LesartCore
import TestSupport

/// `PinnedOffsetConverter` (the writers' pointer view) answers exactly as `OffsetConverter`.
@Suite("PinnedOffsetConverter")
struct PinnedOffsetConverterTests {
    @Test("Agrees with the converter at every boundary of tricky and random texts", arguments: OffsetUnit.allCases)
    func agrees(unit: OffsetUnit) {
        var generator = SplitMix64(seed: 0x919E &+ UInt64(unit.rawValue.utf8.count))
        var texts = ["", "a", "Ä", "😀", "abcdefgh", "abcdefgÄ", "abcdefg😀", "Ä😀b北ß 🇺🇦x 𝄞yzÖ€ abcdefgh Größe 👍🏽!"]
        // A non-ASCII character at every position of a 20-byte ASCII text, of every width.
        for character in ["ä", "€", "😀"] {
            for k in 0...20 { texts.append(String(repeating: "x", count: k) + character + String(repeating: "y", count: 20 - k)) }
        }
        for _ in 0..<200 { texts.append(RandomText.make(using: &generator, maxRuns: 30)) }
        for text in texts {
            let converter = OffsetConverter(utf8: Array(text.utf8), unit: unit, base: 3)
            let offsets = OffsetConverterTests.boundaries(text)
            let expected = offsets.map { converter.convert($0) }
            let actual = converter.withPinned { pinned in offsets.map { pinned.convert($0) } }
            #expect(actual == expected, "\(String(reflecting: text))")
        }
    }
}
