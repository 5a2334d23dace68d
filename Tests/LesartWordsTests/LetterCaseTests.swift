import Testing
import LesartWords

/// The byte-level letter facts agree with Unicode, scalar by scalar, over every scalar of
/// ASCII, Latin-1 and Latin Extended-A (U+0000–U+017F).
@Suite("Letter case from bytes")
struct LetterCaseTests {
    /// The first two UTF-8 bytes of `scalar` (the second 0 for ASCII).
    static func leadBytes(_ scalar: Unicode.Scalar) -> (UInt8, UInt8) {
        let bytes = Array(String(scalar).utf8)
        return (bytes[0], bytes.count > 1 ? bytes[1] : 0)
    }

    /// Unicode's answer: `Uppercase` → capital, `Lowercase` → small, else uncased.
    static func unicodeCase(_ scalar: Unicode.Scalar) -> LetterCase {
        scalar.properties.isUppercase ? .capital : scalar.properties.isLowercase ? .small : .uncased
    }

    static let latinScalars = (UInt32(0)...0x17F).compactMap(Unicode.Scalar.init)

    @Test("latin(_:_:) equals Unicode's case on every scalar up to U+017F")
    func latinAgreesWithUnicode() {
        var capitals = 0
        var smalls = 0
        for scalar in Self.latinScalars {
            let (b0, b1) = Self.leadBytes(scalar)
            let expected = Self.unicodeCase(scalar)
            #expect(LetterCase.latin(b0, b1) == expected, "U+\(String(scalar.value, radix: 16)) \(scalar)")
            if expected == .capital { capitals += 1 } else if expected == .small { smalls += 1 }
        }
        // 26 + 30 + 63 capitals, 26 + 35 + 65 small letters: the test sees them all.
        #expect(capitals == 119)
        #expect(smalls == 126)
    }

    @Test("latin1(_:_:) equals Unicode up to U+00FF and says uncased beyond")
    func latin1AgreesWithUnicode() {
        for scalar in Self.latinScalars {
            let (b0, b1) = Self.leadBytes(scalar)
            let expected: LetterCase = scalar.value <= 0xFF ? Self.unicodeCase(scalar) : .uncased
            #expect(LetterCase.latin1(b0, b1) == expected, "U+\(String(scalar.value, radix: 16)) \(scalar)")
        }
        // The two that byte-range tests used to get wrong: × is no capital, ß is small.
        #expect(LetterCase.latin1(0xC3, 0x97) == .uncased)
        #expect(LetterCase.latin1(0xC3, 0x9F) == .small)
        #expect(LetterCase.latin1(0xC3, 0xB7) == .uncased)
    }

    @Test("a case flip is Unicode's one-scalar case mapping, and exists for every Latin-1 pair")
    func flipsAreCaseMappings() {
        for scalar in Self.latinScalars {
            let bytes = Array(String(scalar).utf8)
            let (b0, b1) = Self.leadBytes(scalar)
            for (flip, mapping) in [(CaseFlip.lowercasing(b0, b1), scalar.properties.lowercaseMapping),
                                    (CaseFlip.uppercasing(b0, b1), scalar.properties.uppercaseMapping)] {
                let target = Array(mapping.utf8)
                let mappable = mapping != String(scalar) && target.count == bytes.count && scalar.value <= 0xFF
                    && zip(bytes, target).filter { $0 != $1 }.count == 1
                guard let flip else {
                    #expect(!mappable, "U+\(String(scalar.value, radix: 16)) \(scalar) has a one-byte flip to \(mapping)")
                    continue
                }
                var flipped = bytes
                flip.apply(to: &flipped)
                #expect(flipped == target, "U+\(String(scalar.value, radix: 16)) \(scalar) → \(mapping)")
            }
        }
        #expect(CaseFlip.lowercasing(0xC3, 0x96) == CaseFlip(offset: 1, byte: 0xB6))  // Ö → ö
        #expect(CaseFlip.uppercasing(0xC3, 0x9F) == nil)  // ß has no one-byte capital
        #expect(CaseFlip.uppercasing(0xC3, 0xB7) == nil)  // ÷
    }
}
