/// The one byte to change so that a letter takes its other case in place (`D` → `d`, the
/// second byte of `Ö` → that of `ö`): a lookup can patch a word's first letter without
/// copying the word. Defined for ASCII and Latin-1 letters whose other case is one byte
/// away; `ß`, `ÿ`, `µ`, `ª`, `º` and letters of other blocks have none (their other case is
/// longer or in another block).
public struct CaseFlip: Sendable, Equatable {
    /// Offset of the byte to replace from the letter's first byte (0 or 1).
    public let offset: Int
    /// The replacement byte.
    public let byte: UInt8

    @inlinable
    public init(offset: Int, byte: UInt8) {
        self.offset = offset
        self.byte = byte
    }

    /// The change that makes the capital starting with `b0`, `b1` small: `A`–`Z` →
    /// `a`–`z`, `À`–`Þ` → `à`–`þ`; nil for anything else.
    @inlinable @inline(__always)
    public static func lowercasing(_ b0: UInt8, _ b1: UInt8) -> CaseFlip? {
        if b0 &- 0x41 < 26 { return CaseFlip(offset: 0, byte: b0 &+ 0x20) }
        if b0 == 0xC3, b1 &- 0x80 < 0x1F, b1 != 0x97 { return CaseFlip(offset: 1, byte: b1 &+ 0x20) }
        return nil
    }

    /// The change that makes the small letter starting with `b0`, `b1` a capital: `a`–`z`
    /// → `A`–`Z`, `à`–`þ` → `À`–`Þ`; nil for anything else (`ß` and `ÿ` included).
    @inlinable @inline(__always)
    public static func uppercasing(_ b0: UInt8, _ b1: UInt8) -> CaseFlip? {
        if b0 &- 0x61 < 26 { return CaseFlip(offset: 0, byte: b0 &- 0x20) }
        if b0 == 0xC3, b1 &- 0xA0 < 0x1F, b1 != 0xB7 { return CaseFlip(offset: 1, byte: b1 &- 0x20) }
        return nil
    }

    /// Applies the change to `bytes` at `start` (the letter's first byte).
    @inlinable
    public func apply(to bytes: inout [UInt8], at start: Int = 0) {
        bytes[start + offset] = byte
    }
}
