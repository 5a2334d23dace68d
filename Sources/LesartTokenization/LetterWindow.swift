#if arch(x86_64)
import CLetterMasks
#endif

/// Which of 16 bytes of text are letters, and which of those small letters, as bit masks
/// (bit k for byte k): the plain-word loop reads a word's end and its case pattern from them
/// instead of testing byte by byte.
///
/// Letters are what a plain word is made of (see `TokenScanner.plainChunkEnd`): ASCII
/// letters, and both bytes of a two-byte Latin-1 letter (C3 80–BF but `×` C3 97 and `÷`
/// C3 B7), each byte of which carries the letter's case (small from `ß` C3 9F on), so that
/// a small letter followed by a capital is one bit pair whatever the letters' lengths.
///
/// Computed with `SIMD16<UInt8>` lane arithmetic only (Swift's SIMD comparisons compile to
/// one lane at a time): a predicate is the top bit of its lane, and the top bits are
/// gathered into a mask eight lanes at a time with one multiplication.
struct LetterWindow {
    /// Bit k: byte k is (part of) a letter.
    let letters: UInt32
    /// Bit k: byte k is (part of) a small letter.
    let small: UInt32

    /// The masks of the 16 bytes at `p`; the byte before `p` and the 16 after it must be
    /// readable too (a Latin-1 letter's two bytes are told by their neighbours).
    @inline(__always)
    init(_ p: UnsafePointer<UInt8>) {
        let raw = UnsafeRawPointer(p)
        let v = raw.loadUnaligned(as: SIMD16<UInt8>.self)
        let before = raw.loadUnaligned(fromByteOffset: -1, as: SIMD16<UInt8>.self)
        let after = raw.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self)
        // ASCII letters: with bit 5 set, 0x61...0x7A; small ones have bit 5 set already.
        let folded = v | Self.splat(0x20)
        let ascii = (folded &+ Self.splat(0x1F)) & ~(folded &+ Self.splat(0x05)) & ~v
        let asciiSmall = ascii & (v &<< Self.splat(2))
        // Latin-1: a C3 lead byte before, or a continuation byte after one.
        let lead = Self.isZero(v ^ Self.splat(0xC3))
        let second = Self.isZero(before ^ Self.splat(0xC3))
        let leadLetter = lead & Self.isLatinLetter(after)
        let secondLetter = second & Self.isLatinLetter(v)
        let latinSmall = (leadLetter & ~(after &- Self.splat(0x9F))) | (secondLetter & ~(v &- Self.splat(0x9F)))
        letters = Self.topBits(ascii | leadLetter | secondLetter)
        small = Self.topBits(asciiSmall | latinSmall)
    }

    /// The masks of the 32 bytes at `p` (readable from `p - 1` to `p + 32`): on x86-64 from
    /// `CLetterMasks` (SSE2 compares and `movemask`, a third of the instructions), elsewhere
    /// from two windows. PlainRunTests check that both give the same masks.
    @inline(__always)
    static func masks32(_ p: UnsafePointer<UInt8>) -> (letters: UInt32, small: UInt32) {
        #if arch(x86_64)
        let masks = lesart_letter_masks32(p)
        return (masks.letters, masks.small)
        #else
        return portableMasks32(p)
        #endif
    }

    /// ``masks32(_:)`` from two windows of lane arithmetic.
    @inline(__always)
    static func portableMasks32(_ p: UnsafePointer<UInt8>) -> (letters: UInt32, small: UInt32) {
        let low = LetterWindow(p), high = LetterWindow(p + 16)
        return (low.letters | high.letters << 16, low.small | high.small << 16)
    }

    /// Top bit set in lanes whose second byte of a Latin-1 scalar (80–BF) is a letter: not
    /// 97 (`×`) or B7 (`÷`).
    @inline(__always)
    private static func isLatinLetter(_ v: SIMD16<UInt8>) -> SIMD16<UInt8> {
        ~isZero((v & splat(0xDF)) ^ splat(0x97))
    }

    /// Top bit set in the lanes that are zero.
    @inline(__always)
    private static func isZero(_ v: SIMD16<UInt8>) -> SIMD16<UInt8> { (v &- splat(1)) & ~v }

    @inline(__always)
    private static func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }

    /// The lanes' top bits as a 16-bit mask: each half of eight 0/1 bytes times
    /// 0x0102040810204080 puts lane k's bit at bit 56 + k, without carries.
    @inline(__always)
    private static func topBits(_ lanes: SIMD16<UInt8>) -> UInt32 {
        let ones = unsafeBitCast(lanes &>> splat(7), to: SIMD2<UInt64>.self)
        let gather: UInt64 = 0x0102_0408_1020_4080
        return UInt32(truncatingIfNeeded: (ones[0] &* gather) >> 56 | ((ones[1] &* gather) >> 56) << 8)
    }
}
