import Testing
import LesartCore
import TestSupport

/// `UTF8Validator`: RFC 3629 well-formedness and repair.
@Suite("UTF8Validator")
struct UTF8ValidatorTests {
    struct Bad: Sendable, CustomTestStringConvertible {
        let label: String
        let bytes: [UInt8]
        let offset: Int
        var testDescription: String { label }
    }

    static let bad: [Bad] = [
        Bad(label: "truncated 2-byte at end", bytes: Array("Hallo ".utf8) + [0xC3], offset: 6),
        Bad(label: "truncated 3-byte at end", bytes: [0x61, 0xE2, 0x82], offset: 1),
        Bad(label: "truncated 4-byte at end", bytes: [0xF0, 0x9F, 0x98], offset: 0),
        Bad(label: "truncated 3-byte before ASCII", bytes: [0x61, 0x62, 0xE2, 0x82, 0x41], offset: 2),
        Bad(label: "truncated 2-byte before ASCII", bytes: [0xC3, 0x41], offset: 0),
        Bad(label: "lone continuation byte", bytes: Array("abc".utf8) + [0x80] + Array("def".utf8), offset: 3),
        Bad(label: "continuation after complete sequence", bytes: [0xC3, 0xA4, 0xBF], offset: 2),
        Bad(label: "overlong C0 80", bytes: [0x41, 0xC0, 0x80], offset: 1),
        Bad(label: "overlong C1 BF", bytes: [0xC1, 0xBF], offset: 0),
        Bad(label: "overlong E0 80 80", bytes: [0x41, 0x42, 0xE0, 0x80, 0x80], offset: 2),
        Bad(label: "overlong E0 9F BF", bytes: [0xE0, 0x9F, 0xBF], offset: 0),
        Bad(label: "overlong F0 80 80 80", bytes: [0xF0, 0x80, 0x80, 0x80], offset: 0),
        Bad(label: "overlong F0 8F BF BF", bytes: [0x20, 0xF0, 0x8F, 0xBF, 0xBF], offset: 1),
        Bad(label: "surrogate ED A0 80", bytes: [0x78, 0xED, 0xA0, 0x80], offset: 1),
        Bad(label: "surrogate ED BF BF", bytes: [0xED, 0xBF, 0xBF], offset: 0),
        Bad(label: "above U+10FFFF F4 90 80 80", bytes: Array("ok ".utf8) + [0xF4, 0x90, 0x80, 0x80], offset: 3),
        Bad(label: "Hallo FF Welt", bytes: Array("Hallo ".utf8) + [0xFF] + Array(" Welt".utf8), offset: 6),
        Bad(label: "invalid after multibyte text", bytes: Array("Grüße ".utf8) + [0xFE], offset: 8),
        Bad(label: "continuation missing in middle of 4-byte", bytes: [0xF0, 0x9F, 0x41, 0x80], offset: 0),
    ] + (0xF5...0xFF).map { b in
        Bad(label: "lead byte " + String(b, radix: 16, uppercase: true), bytes: [0x61, 0x62, UInt8(b), 0x80, 0x80, 0x80], offset: 2)
    }

    /// Well-formed texts, including every boundary scalar of each encoding length.
    static let good: [[UInt8]] = [
        [],
        Array("Hallo Welt".utf8),
        Array("Grüße aus Köln – 北京 😀👍🏽 \u{FEFF}\u{0}".utf8),
        [0x7F],
        [0xC2, 0x80], [0xDF, 0xBF],
        [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF3, 0xBF, 0xBF, 0xBF],
        Array("\u{FFFD}".utf8),
    ]

    /// The offset at which Swift's own UTF-8 parser first reports an error.
    static func referenceOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    @Test("Well-formed bytes have no invalid offset", arguments: good)
    func valid(bytes: [UInt8]) {
        #expect(UTF8Validator.firstInvalidOffset(in: bytes) == nil)
        let repaired = UTF8Validator.repaired(bytes)
        #expect(repaired.bytes == bytes)
        #expect(repaired.replacements == 0)
    }

    @Test("Ill-formed bytes: exact offset of the first bad sequence", arguments: bad)
    func invalid(_ row: Bad) {
        #expect(UTF8Validator.firstInvalidOffset(in: row.bytes) == row.offset)
        // Sanity check of the table itself against Swift's decoder.
        #expect(Self.referenceOffset(row.bytes) == row.offset)
    }

    @Test("Repair equals String(decoding:as:) and is well-formed", arguments: bad)
    func repair(_ row: Bad) {
        let repaired = UTF8Validator.repaired(row.bytes)
        let reference = String(decoding: row.bytes, as: UTF8.self)
        #expect(repaired.bytes == Array(reference.utf8))
        #expect(UTF8Validator.firstInvalidOffset(in: repaired.bytes) == nil)
        let fffd = reference.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        #expect(repaired.replacements == fffd)
        #expect(repaired.replacements > 0)
    }

    @Test("Replacement counts follow maximal subparts")
    func replacementCounts() {
        #expect(UTF8Validator.repaired(Array("Hallo ".utf8) + [0xFF] + Array(" Welt".utf8)).replacements == 1)
        #expect(UTF8Validator.repaired([0xC0, 0x80]).replacements == 2)
        #expect(UTF8Validator.repaired([0xE0, 0x80, 0x80]).replacements == 3)
        #expect(UTF8Validator.repaired([0xED, 0xA0, 0x80]).replacements == 3)
        #expect(UTF8Validator.repaired([0xF4, 0x90, 0x80, 0x80]).replacements == 4)
        #expect(UTF8Validator.repaired([0x61, 0xE2, 0x82]).replacements == 1)
        #expect(UTF8Validator.repaired([0xE2, 0x82, 0x41]).bytes == [0xEF, 0xBF, 0xBD, 0x41])
        #expect(UTF8Validator.repaired([0xFF, 0xFE, 0x41, 0xFF]).replacements == 3)
    }

    @Test("An ill-formed byte is found at every offset of long ASCII runs (eight bytes are read at a time)")
    func asciiRuns() {
        for length in 0..<40 {
            let ascii = Array(String(repeating: "Wort ", count: 8).utf8.prefix(length))
            #expect(UTF8Validator.firstInvalidOffset(in: ascii) == nil)
            for bad in [[0x80], [0xFF], [0xC3], [0xE2, 0x80]] as [[UInt8]] {
                for k in 0...length {
                    var bytes = ascii
                    bytes.insert(contentsOf: bad, at: k)
                    #expect(UTF8Validator.firstInvalidOffset(in: bytes) == k, "length \(length), \(bad) at \(k)")
                }
            }
            var umlauts = ascii
            umlauts.insert(contentsOf: Array("ä".utf8), at: length / 2)
            #expect(UTF8Validator.firstInvalidOffset(in: umlauts) == nil)
        }
    }

    @Test("Random bytes agree with Swift's decoder")
    func randomBytes() {
        var generator = SplitMix64(seed: 0xBAD_C0DE)
        var failures = 0
        for round in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes.append(UInt8.random(in: 0x20...0x7E, using: &generator))
                case 1: bytes.append(UInt8.random(in: 0x80...0xBF, using: &generator))
                case 2: bytes.append(contentsOf: String(RandomText.anyScalar(using: &generator)).utf8)
                default: bytes.append(UInt8.random(in: 0...0xFF, using: &generator))
                }
            }
            let expected = Self.referenceOffset(bytes)
            let actual = UTF8Validator.firstInvalidOffset(in: bytes)
            let repaired = UTF8Validator.repaired(bytes)
            let reference = Array(String(decoding: bytes, as: UTF8.self).utf8)
            if (actual != expected || repaired.bytes != reference), failures < 10 {
                failures += 1
                Issue.record("round \(round) bytes \(bytes): offset expected \(String(describing: expected)), got \(String(describing: actual)); repaired equal: \(repaired.bytes == reference)")
            }
        }
    }
}
