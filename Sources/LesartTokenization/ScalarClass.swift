/// Coarse character classes the tokenizer's rules are written in.
@usableFromInline
enum ScalarClass: UInt8, Sendable {
    case whitespace      // separates chunks; never part of a token (incl. controls and BOM)
    case letter          // alphabetic, space-delimited scripts (Latin, Greek, Cyrillic, …)
    case complexLetter   // scripts without spaces that need ICU's dictionaries (Han, Kana, Thai, …)
    case digit           // ASCII digits
    case otherDigit      // non-ASCII decimal digits
    case mark            // combining marks, ZWJ, variation selectors, format characters
    case emoji           // pictographs, regional indicators, skin-tone modifiers
    case punctuation
    case symbol

    /// Classifies one scalar value.
    @inlinable static func of(_ v: UInt32) -> ScalarClass {
        if v < 0x80 { return ascii(UInt8(v)) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .whitespace
        case 0x80...0x9F:
            return .whitespace
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF:
            return .letter
        case 0xD7, 0xF7:
            return .symbol
        case 0xAD, 0x200B...0x200D, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF, 0xE0020...0xE007F, 0x0300...0x036F:
            return .mark
        case 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF:
            return .emoji
        // Common punctuation and symbols without a property lookup (their general
        // categories; none of them is an emoji by the rule below).
        case 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF, 0x2010...0x2027, 0x2030...0x2043:
            return .punctuation
        case 0xA2...0xA6, 0xA8, 0xA9, 0xAC, 0xAE...0xB4, 0xB8, 0xB9, 0xBC...0xBE, 0x20A0...0x20C0:
            return .symbol
        default:
            return byProperties(v)
        }
    }

    /// Classifies a non-ASCII scalar from its Unicode properties (the slow path of
    /// ``of(_:)``, whose explicit ranges must agree with it; a test checks that).
    @usableFromInline static func byProperties(_ v: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(v) else { return .symbol }
        let properties = scalar.properties
        if properties.isEmojiPresentation || (properties.isEmoji && v >= 0x2190 && !properties.isAlphabetic) {
            return .emoji
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return isComplexScript(v) ? .complexLetter : .letter
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .mark
        case .decimalNumber:
            return .otherDigit
        case .letterNumber, .otherNumber:
            return .symbol
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
            return .whitespace
        default:
            return isWordLetterSymbol(v) ? .letter : .symbol
        }
    }

    /// Symbols that Unicode's word-break rules count as letters (Word_Break=ALetter), so ICU
    /// keeps them inside a word (`F˼hrer` is one word): modifier symbols such as ˂ ˥ ˼ and
    /// the tone letters, circled and squared Latin letters (Ⓐ, 🄰). The ranges are ICU 72's;
    /// the fuzz target FuzzTokenizer found the first of them.
    @usableFromInline static func isWordLetterSymbol(_ v: UInt32) -> Bool {
        switch v {
        case 0x02C2...0x02C5, 0x02D2...0x02D7, 0x02DE...0x02DF, 0x02E5...0x02EB, 0x02ED, 0x02EF...0x02FF,
             0x24B6...0x24E9, 0xA708...0xA716, 0xA720...0xA721, 0xA789...0xA78A, 0xAB5B,
             0x1F130...0x1F149, 0x1F150...0x1F169, 0x1F170...0x1F189:
            return true
        default:
            return false
        }
    }

    /// Invisible format characters that carry no text: soft hyphen, zero-width space and
    /// joiners, direction marks, word joiner, variation selectors. Never a token alone;
    /// between letters they do not split a word.
    @inlinable static func isIgnorable(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF: return true
        default: return false
        }
    }

    /// Scripts written without spaces between words, segmented by ICU's dictionaries.
    @inlinable static func isComplexScript(_ v: UInt32) -> Bool {
        switch v {
        case 0x0E00...0x0EFF,            // Thai, Lao
             0x1000...0x109F,            // Myanmar
             0x1780...0x17FF,            // Khmer
             0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F,  // Kana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF,  // Han
             0xAC00...0xD7AF, 0x1100...0x11FF:  // Hangul
            return true
        default:
            return false
        }
    }

    /// Class of an ASCII byte (a switch, not a table: no global initialisation check).
    @inlinable @inline(__always) static func ascii(_ b: UInt8) -> ScalarClass {
        switch b {
        case 0x00...0x20, 0x7F: return .whitespace
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "<"),
             UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"),
             UInt8(ascii: "~"):
            return .symbol
        default: return .punctuation
        }
    }
}
