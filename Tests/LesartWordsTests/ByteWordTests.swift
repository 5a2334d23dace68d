import Testing
import LesartWords
import TestSupport

/// Word-at-a-time byte tests against byte-by-byte loops.
@Suite("Word-at-a-time byte tests")
struct ByteWordTests {
    static let interesting: [UInt8] = [0x00, 0x01, 0x20, 0x2D, 0x41, 0x5A, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0x81,
                                       0x9F, 0xC3, 0xE2, 0xFE, 0xFF]

    /// Random bytes. Tests pass a seeded `SplitMix64`: an inout `SystemRandomNumberGenerator`
    /// (a zero-sized struct) crashes ThreadSanitizer's inout check (swiftlang/swift#66099).
    static func randomBytes(_ count: Int, _ generator: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<count).map { _ in
            Bool.random(using: &generator) ? UInt8.random(in: 0x61...0x7A, using: &generator)
                : interesting.randomElement(using: &generator)!
        }
    }

    @Test("eight-byte small-letter runs equal a byte-by-byte count")
    func smallLetterRuns() {
        var generator = SplitMix64(seed: 0xB7E_3001)  // seeded: reproducible, and no TSan crash (see randomBytes)
        for _ in 0..<20_000 {
            let bytes = Self.randomBytes(8, &generator)
            let expected = bytes.firstIndex { !($0 >= 0x61 && $0 <= 0x7A) } ?? 8
            let run = bytes.withUnsafeBufferPointer { ByteWord.asciiSmallLetterRun($0.baseAddress!) }
            #expect(run == expected, "\(bytes)")
        }
    }

    @Test("zero-byte test on every single-byte position and value")
    func zeroBytes() {
        for position in 0..<8 {
            for value in UInt8.min...UInt8.max {
                let word = (UInt64(0x4141_4141_4141_4141) & ~(0xFF << UInt64(position * 8))) | UInt64(value) << UInt64(position * 8)
                #expect(ByteWord.hasZeroByte(word) == (value == 0), "byte \(value) at \(position)")
            }
        }
        #expect(!ByteWord.hasZeroByte(0x8080_8080_8080_8080))
        #expect(ByteWord.hasZeroByte(0x0100_0000_0000_0000 | 0x00FF))
    }

    @Test("contains(_:in:count:) equals a byte-by-byte search for every length up to 40")
    func containsByte() {
        var generator = SplitMix64(seed: 0xB7E_3002)
        for count in 0...40 {
            for _ in 0..<300 {
                let bytes = Self.randomBytes(count, &generator)
                for needle: UInt8 in [0x2D, 0x00, 0xC3] {
                    let found = bytes.withUnsafeBytes { ByteWord.contains(needle, in: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: count) }
                    #expect(found == bytes.contains(needle), "\(needle) in \(bytes)")
                }
            }
        }
    }
}
