import Testing
@testable import LesartEntities

/// The word-sized hyphen test of ``EntityScan`` against a byte search.
@Suite("Hyphen scan")
struct HyphenScanTests {
    @Test("a hyphen is found at every position of words of every length up to 20")
    func everyPosition() {
        for count in 0...20 {
            for hyphen in [nil] + Array(0..<count) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: count)
                if let hyphen { bytes[hyphen] = UInt8(ascii: "-") }
                // Bytes that differ from a hyphen in one bit only must not count.
                if count > 1, hyphen != 0 { bytes[0] = 0x2C }
                if count > 2, hyphen != count - 1 { bytes[count - 1] = 0x2F }
                let found = bytes.withUnsafeBytes { buffer in
                    count == 0 ? false : EntityScan.hasHyphen(buffer.baseAddress!, count)
                }
                #expect(found == bytes.contains(UInt8(ascii: "-")), "\(count) \(String(describing: hyphen))")
            }
        }
    }
}
