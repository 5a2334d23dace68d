/// Converts UTF-8 byte offsets of one text into scalar or UTF-16 offsets.
///
/// The converter keeps a cursor. A query ahead of it counts the units of the bytes in
/// between, eight bytes at a time, so queries in ascending order (as the writers issue them)
/// convert the whole text in one forward pass. A query behind the cursor walks back (or
/// restarts from the beginning when that is nearer), so a few steps back cost a few steps.
/// UTF-8 offsets map to themselves without walking.
public struct OffsetConverter {
    @usableFromInline let utf8: [UInt8]
    @usableFromInline let unit: OffsetUnit
    @usableFromInline let base: Int
    @usableFromInline var bytePosition = 0
    @usableFromInline var unitPosition = 0

    /// - Parameter base: added to every result (the offset of `utf8` in a larger text).
    public init(utf8: [UInt8], unit: OffsetUnit, base: Int = 0) {
        self.utf8 = utf8
        self.unit = unit
        self.base = base
    }

    /// The offset in the chosen unit of a byte offset that lies on a scalar boundary.
    @inlinable @inline(__always) public mutating func convert(_ byteOffset: Int) -> Int {
        if unit == .utf8 { return base &+ byteOffset }
        if byteOffset > bytePosition {
            let count = byteOffset &- bytePosition
            unitPosition &+= utf8.withUnsafeBufferPointer { buffer in
                let start = buffer.baseAddress! + bytePosition
                // A short step (a token, the space after it) inside the text: one masked word.
                if count < 8, bytePosition &+ 8 <= buffer.count {
                    return Self.units(inWord: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self), count: count, unit: unit)
                }
                return Self.unitsOutOfLine(in: start, count: count, unit: unit)
            }
            bytePosition = byteOffset
        } else if byteOffset == bytePosition {
            // Already there.
        } else if byteOffset < bytePosition - byteOffset {
            // Nearer the start than the cursor: count from the start.
            unitPosition = utf8.withUnsafeBufferPointer { Self.units(in: $0.baseAddress!, count: byteOffset, unit: unit) }
            bytePosition = byteOffset
        } else {
            walkBack(to: byteOffset)
        }
        return base &+ unitPosition
    }

    /// The number of scalars (or UTF-16 code units) in `count` bytes of valid UTF-8 that
    /// start and end on scalar boundaries: every byte that is not a continuation byte
    /// (`10xxxxxx`) starts a scalar; a four-byte lead (`11110xxx`) is two UTF-16 units.
    @inlinable @inline(__always)
    public static func units(in bytes: UnsafePointer<UInt8>, count: Int, unit: OffsetUnit) -> Int {
        if unit == .utf8 { return count }
        let countPairs = unit == .utf16
        var units = 0
        var i = 0
        if count >= 8 {
            let highBits: UInt64 = 0x8080_8080_8080_8080
            while i &+ 8 <= count {
                let word = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
                // Bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6 clear).
                let continuation = word & ~(word << 1) & highBits
                units &+= 8 &- highBitCount(continuation)
                if countPairs {
                    let fourByteLead = word & (word << 1) & (word << 2) & (word << 3) & highBits
                    units &+= highBitCount(fourByteLead)
                }
                i &+= 8
            }
            // The last bytes: the word that ends with them, shifted down to them.
            if i < count {
                let rest = count &- i
                let word = UnsafeRawPointer(bytes + (count &- 8)).loadUnaligned(as: UInt64.self)
                units &+= Self.units(inWord: word &>> (8 &* UInt64(8 &- rest)), count: rest, unit: unit)
                i = count
            }
        }
        while i < count {
            let byte = bytes[i]
            if byte & 0xC0 != 0x80 { units &+= 1 }
            if countPairs, byte >= 0xF0 { units &+= 1 }
            i &+= 1
        }
        return units
    }

    /// The units of the first `count` bytes (fewer than eight) of `word`, read little-endian
    /// from valid UTF-8 that starts and ends on scalar boundaries, counted as ``units(in:count:unit:)``
    /// counts them.
    @inlinable @inline(__always)
    static func units(inWord word: UInt64, count: Int, unit: OffsetUnit) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let word = word & ((1 &<< (8 &* UInt64(count))) &- 1)
        let continuation = word & ~(word &<< 1) & highBits
        var units = count &- highBitCount(continuation)
        if unit == .utf16 {
            units &+= highBitCount(word & (word &<< 1) & (word &<< 2) & (word &<< 3) & highBits)
        }
        return units
    }

    /// The number of bytes of `bits` with bit 7 set, where no other bit is set: the bytes
    /// shifted down to 0 or 1 and summed into the top byte by one multiplication (cheaper
    /// than a population count without the POPCNT instruction).
    @inlinable @inline(__always)
    static func highBitCount(_ bits: UInt64) -> Int {
        Int(truncatingIfNeeded: ((bits &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// ``units(in:count:unit:)`` behind a call, for the long steps of ``convert(_:)``: keeps
    /// `convert` small enough to be inlined wherever a writer converts an offset.
    @usableFromInline @inline(never)
    static func unitsOutOfLine(in bytes: UnsafePointer<UInt8>, count: Int, unit: OffsetUnit) -> Int {
        units(in: bytes, count: count, unit: unit)
    }

    /// Moves the cursor back to `byteOffset` (a scalar boundary before it), one scalar at a time.
    @usableFromInline mutating func walkBack(to byteOffset: Int) {
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
