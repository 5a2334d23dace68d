import Testing
import LesartCore
import TestSupport

/// `OffsetConverter`: UTF-8 byte offsets to scalar, UTF-16 or UTF-8 offsets.
@Suite("OffsetConverter")
struct OffsetConverterTests {
    /// Byte offsets of every scalar boundary of `text`, including the end.
    static func boundaries(_ text: String) -> [Int] {
        var offsets: [Int] = [0]
        var b = 0
        for scalar in text.unicodeScalars {
            b += UTF8.width(scalar)
            offsets.append(b)
        }
        return offsets
    }

    /// What Swift's own index conversions say the offset of byte `b` is in `unit`.
    static func reference(_ text: String, _ b: Int, _ unit: OffsetUnit) -> Int {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: b)
        switch unit {
        case .utf8: return b
        case .utf16: return text.utf16.distance(from: text.utf16.startIndex, to: index)
        case .scalar: return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
        }
    }

    @Test("OffsetUnit raw values are the CLI spellings")
    func unitNames() {
        #expect(OffsetUnit.allCases.map(\.rawValue) == ["scalar", "utf16", "utf8"])
    }

    @Test("ASCII text maps every offset to itself", arguments: OffsetUnit.allCases)
    func asciiIdentity(unit: OffsetUnit) {
        let text = "Hello, world! 1.000,50 z.B. https://example.org"
        let converter = OffsetConverter(utf8: Array(text.utf8), unit: unit)
        for b in 0...text.utf8.count {
            #expect(converter.convert(b) == b)
        }
        // Backwards too.
        for b in stride(from: text.utf8.count, through: 0, by: -3) {
            #expect(converter.convert(b) == b)
        }
    }

    @Test("Empty text: offset 0 is 0", arguments: OffsetUnit.allCases)
    func empty(unit: OffsetUnit) {
        let converter = OffsetConverter(utf8: [], unit: unit)
        #expect(converter.convert(0) == 0)
    }

    @Test("German umlauts: two bytes, one scalar, one UTF-16 unit")
    func umlauts() {
        let text = "Äpfel für Öl"          // Ä(2) p f e l ␠ f ü(2) r ␠ Ö(2) l
        let bytes = Array(text.utf8)
        #expect(bytes.count == 15)
        for unit in [OffsetUnit.scalar, .utf16] {
            let c = OffsetConverter(utf8: bytes, unit: unit)
            #expect(c.convert(0) == 0)
            #expect(c.convert(2) == 1)    // after Ä
            #expect(c.convert(6) == 5)    // "Äpfel" ends
            #expect(c.convert(7) == 6)    // "für" starts
            #expect(c.convert(11) == 9)   // "für" ends
            #expect(c.convert(12) == 10)  // "Öl" starts
            #expect(c.convert(15) == 12)  // end
        }
        let u8 = OffsetConverter(utf8: bytes, unit: .utf8)
        #expect(u8.convert(11) == 11)
        #expect(u8.convert(15) == 15)
    }

    @Test("CJK: three bytes, one scalar, one UTF-16 unit")
    func cjk() {
        let text = "a北京b"   // a(1) 北(3) 京(3) b(1)
        let bytes = Array(text.utf8)
        for unit in [OffsetUnit.scalar, .utf16] {
            let c = OffsetConverter(utf8: bytes, unit: unit)
            #expect(c.convert(1) == 1)
            #expect(c.convert(4) == 2)
            #expect(c.convert(7) == 3)
            #expect(c.convert(8) == 4)
        }
    }

    @Test("Emoji: four bytes, one scalar, two UTF-16 units")
    func emoji() {
        let text = "x😀y👍🏽z"   // x(1) 😀(4) y(1) 👍(4) 🏽(4) z(1)
        let bytes = Array(text.utf8)
        #expect(bytes.count == 15)
        let scalar = OffsetConverter(utf8: bytes, unit: .scalar)
        #expect(scalar.convert(1) == 1)
        #expect(scalar.convert(5) == 2)
        #expect(scalar.convert(6) == 3)
        #expect(scalar.convert(10) == 4)
        #expect(scalar.convert(14) == 5)
        #expect(scalar.convert(15) == 6)
        let utf16 = OffsetConverter(utf8: bytes, unit: .utf16)
        #expect(utf16.convert(1) == 1)
        #expect(utf16.convert(5) == 3)
        #expect(utf16.convert(6) == 4)
        #expect(utf16.convert(10) == 6)
        #expect(utf16.convert(14) == 8)
        #expect(utf16.convert(15) == 9)
        let utf8 = OffsetConverter(utf8: bytes, unit: .utf8)
        #expect(utf8.convert(10) == 10)
    }

    @Test("Repeated and backwards queries agree", arguments: OffsetUnit.allCases)
    func backwards(unit: OffsetUnit) {
        let text = "Grüße 😀 aus 北京 – Ärger!"
        let bytes = Array(text.utf8)
        let offsets = Self.boundaries(text)
        let c = OffsetConverter(utf8: bytes, unit: unit)
        // Ascending.
        for b in offsets { #expect(c.convert(b) == Self.reference(text, b, unit), "ascending byte \(b)") }
        // Same offset twice.
        let mid = offsets[offsets.count / 2]
        #expect(c.convert(mid) == Self.reference(text, mid, unit))
        #expect(c.convert(mid) == Self.reference(text, mid, unit))
        // Descending.
        for b in offsets.reversed() { #expect(c.convert(b) == Self.reference(text, b, unit), "descending byte \(b)") }
        // Zig-zag.
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let b = offsets.randomElement(using: &generator)!
            #expect(c.convert(b) == Self.reference(text, b, unit), "random byte \(b)")
        }
    }

    @Test("Every pair of boundaries, in the last partial word and in whole words, agrees",
          arguments: OffsetUnit.allCases)
    func everyStep(unit: OffsetUnit) {
        let text = "Ä😀b北ß 🇺🇦x 𝄞yzÖ€ abcdefgh Größe 👍🏽!"
        let bytes = Array(text.utf8)
        let offsets = Self.boundaries(text)
        for (k, start) in offsets.enumerated() {
            for end in offsets[k...] {
                let c = OffsetConverter(utf8: bytes, unit: unit)
                #expect(c.convert(start) == Self.reference(text, start, unit), "start \(start)")
                #expect(c.convert(end) == Self.reference(text, end, unit), "step \(start) to \(end)")
            }
        }
    }

    @Test("Agrees with String.Index conversions on random texts", arguments: OffsetUnit.allCases)
    func randomTexts(unit: OffsetUnit) {
        var generator = SplitMix64(seed: 0x0FF5E7 &+ UInt64(unit.rawValue.utf8.count))
        var failures = 0
        for round in 0..<400 {
            let text = RandomText.make(using: &generator, maxRuns: 30)
            let offsets = Self.boundaries(text)
            let c = OffsetConverter(utf8: Array(text.utf8), unit: unit)
            // Ascending queries over a random subset (as the writers issue them), then a restart.
            let subset = offsets.filter { _ in Bool.random(using: &generator) }
            for b in subset + [0] + offsets.suffix(3) {
                let expected = Self.reference(text, b, unit)
                let actual = c.convert(b)
                if actual != expected, failures < 10 {
                    failures += 1
                    Issue.record("round \(round) \(String(reflecting: text)) byte \(b): expected \(expected), got \(actual)")
                }
            }
        }
    }

    @Test("Queries in random order agree with String.Index", arguments: OffsetUnit.allCases)
    func randomOrder(unit: OffsetUnit) {
        var generator = SplitMix64(seed: 0xBAC4 &+ UInt64(unit.rawValue.utf8.count))
        var failures = 0
        for round in 0..<300 {
            let text = RandomText.make(using: &generator, maxRuns: 30) + "Größe 🇺🇦 𝄞"
            let offsets = Self.boundaries(text)
            let c = OffsetConverter(utf8: Array(text.utf8), unit: unit, base: 7)
            for _ in 0..<40 {
                let b = offsets[Int(generator.next() % UInt64(offsets.count))]
                let expected = Self.reference(text, b, unit) + 7
                let actual = c.convert(b)
                if actual != expected, failures < 10 {
                    failures += 1
                    Issue.record("round \(round) \(String(reflecting: text)) byte \(b): expected \(expected), got \(actual)")
                }
            }
        }
    }
}
