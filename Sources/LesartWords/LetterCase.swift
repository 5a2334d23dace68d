/// The case of a letter, read from its UTF-8 bytes without a Unicode property lookup.
///
/// Every stage asks this one type (the tokenizer's capital flags and camel-case splits,
/// the gazetteer's word shapes, the entity rules' capital tests, the lexicons' folded
/// keys), so they cannot disagree on what a capital is. The answers equal Unicode's
/// `Uppercase` and `Lowercase` properties over the scalars each function covers (a test
/// checks every scalar of Latin-1 and Latin Extended-A); everything else is `.uncased`,
/// and callers that need more ask `Unicode.Scalar.Properties`.
///
/// Public (with the other hot-path facts, ``CaseFlip`` and ``ByteWord``) only so that its
/// `@inlinable` bodies are inlined into the tokenizer's loops; the module is no product of
/// the package and not re-exported by `Lesart`.
public enum LetterCase: Sendable, Equatable {
    /// `A`–`Z`, `À`–`Þ` (not `×`), and in Latin Extended-A `Ł`, `Š`, `Ž`, ….
    case capital
    /// `a`–`z`, `ß`–`ÿ` (not `÷`), `µ`, `ª`, `º`, and in Latin Extended-A `ł`, `š`, `ž`, `ı`, `ſ`, ….
    case small
    /// A digit, a mark, punctuation, a letter without case, or a scalar outside the range asked.
    case uncased

    /// The case of the scalar whose UTF-8 starts with `b0`, `b1` (`b1` is ignored when `b0` is
    /// ASCII; pass any byte there): ASCII and Latin-1 (U+0000–U+00FF), the letters German is
    /// written with. O(1), no branches on tables.
    @inlinable @inline(__always)
    public static func latin1(_ b0: UInt8, _ b1: UInt8) -> LetterCase {
        if b0 < 0x80 {
            if b0 &- 0x41 < 26 { return .capital }
            return b0 &- 0x61 < 26 ? .small : .uncased
        }
        if b0 == 0xC3 {
            guard b1 & 0xC0 == 0x80 else { return .uncased }
            if b1 <= 0x9E { return b1 == 0x97 ? .uncased : .capital }  // À–Þ without ×
            return b1 == 0xB7 ? .uncased : .small  // ß–ÿ without ÷
        }
        if b0 == 0xC2 { return b1 == 0xAA || b1 == 0xB5 || b1 == 0xBA ? .small : .uncased }  // ª µ º
        return .uncased
    }

    /// As ``latin1(_:_:)``, and Latin Extended-A too (U+0100–U+017F: the letters of Polish,
    /// Czech, Croatian, Hungarian, Turkish names: `Łódź`, `Šefčovič`, `Erdoğan`).
    @inlinable
    public static func latin(_ b0: UInt8, _ b1: UInt8) -> LetterCase {
        guard b0 == 0xC4 || b0 == 0xC5, b1 & 0xC0 == 0x80 else { return latin1(b0, b1) }
        return extendedA(0x100 | UInt32(b0 & 0x01) << 6 | UInt32(b1 & 0x3F))
    }

    /// Case of a Latin Extended-A scalar: pairs of capital and small letter, the capital
    /// on even code points up to U+0137 and from U+014A to U+0177, on odd ones between;
    /// `ĸ` (U+0138), `ŉ` (U+0149) and `ſ` (U+017F) are small letters without a pair,
    /// `Ÿ` (U+0178) is the capital of Latin-1's `ÿ`.
    @usableFromInline
    static func extendedA(_ v: UInt32) -> LetterCase {
        switch v {
        case 0x138, 0x149, 0x17F: return .small
        case 0x178: return .capital
        case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? .capital : .small
        default: return v & 1 == 0 ? .capital : .small
        }
    }
}
