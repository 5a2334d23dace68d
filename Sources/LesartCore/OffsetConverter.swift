/// Converts UTF-8 byte offsets of one text into scalar or UTF-16 offsets.
///
/// Queries in ascending order cost amortised O(1): the converter keeps a cursor and walks
/// forward from it; a query behind the cursor walks back (or restarts from the beginning
/// when that is nearer), so a few steps back cost a few steps. Pure-ASCII text
/// maps every offset to itself without walking.
public struct OffsetConverter {
    private let utf8: [UInt8]
    private let unit: OffsetUnit
    private let isASCII: Bool
    private var bytePosition = 0
    private var unitPosition = 0

    private let base: Int

    /// - Parameter base: added to every result (the offset of `utf8` in a larger text).
    public init(utf8: [UInt8], unit: OffsetUnit, base: Int = 0) {
        self.utf8 = utf8
        self.unit = unit
        self.base = base
        self.isASCII = unit == .utf8 || utf8.allSatisfy { $0 < 0x80 }
    }

    /// The offset in the chosen unit of a byte offset that lies on a scalar boundary.
    public mutating func convert(_ byteOffset: Int) -> Int {
        base + unitOffset(byteOffset)
    }

    private mutating func unitOffset(_ byteOffset: Int) -> Int {
        if isASCII { return byteOffset }
        if byteOffset < bytePosition {
            // Behind the cursor: walk back from it when that is shorter than from the start.
            if byteOffset < bytePosition - byteOffset {
                bytePosition = 0
                unitPosition = 0
            } else {
                walkBack(to: byteOffset)
                return unitPosition
            }
        }
        var b = bytePosition
        var u = unitPosition
        let countUTF16 = unit == .utf16
        utf8.withUnsafeBufferPointer { bytes in
            while b < byteOffset {
                let lead = bytes[b]
                if lead < 0x80 {
                    b += 1
                    u += 1
                } else if lead < 0xE0 {
                    b += 2
                    u += 1
                } else if lead < 0xF0 {
                    b += 3
                    u += 1
                } else {
                    b += 4
                    u += countUTF16 ? 2 : 1
                }
            }
        }
        bytePosition = b
        unitPosition = u
        return u
    }

    /// Moves the cursor back to `byteOffset` (a scalar boundary before it), one scalar at a time.
    private mutating func walkBack(to byteOffset: Int) {
        var b = bytePosition
        var u = unitPosition
        let countUTF16 = unit == .utf16
        utf8.withUnsafeBufferPointer { bytes in
            while b > byteOffset {
                b -= 1
                while b > 0, bytes[b] & 0xC0 == 0x80 { b -= 1 }
                u -= countUTF16 && bytes[b] >= 0xF0 ? 2 : 1
            }
        }
        bytePosition = b
        unitPosition = u
    }
}
