/// Converts UTF-8 byte offsets of one text into scalar or UTF-16 offsets.
///
/// The converter counts the units of the text once and keeps the count before every byte:
/// a query is one table read, in any order, with no cursor to walk. (The JSONL writer
/// converts two offsets per token; counting the bytes before an offset in its eight-byte
/// word at each query cost some twenty instructions, the table costs a few per byte once,
/// eight bytes of ASCII at a time.) UTF-8 offsets map to themselves without a table.
public struct OffsetConverter {
    @usableFromInline let unit: OffsetUnit
    @usableFromInline let base: Int
    /// The units before each byte offset of the text, its end included (one entry more than
    /// bytes), not counting `base`. Empty for UTF-8 offsets.
    @usableFromInline let unitsBefore: [UInt32]

    /// - Parameter base: added to every result (the offset of `utf8` in a larger text).
    public init(utf8: [UInt8], unit: OffsetUnit, base: Int = 0) {
        self.unit = unit
        self.base = base
        guard unit != .utf8 else {
            unitsBefore = []
            return
        }
        precondition(utf8.count < Int(UInt32.max), "text too long for 32-bit offsets")
        unitsBefore = utf8.withUnsafeBufferPointer { bytes in
            Array(unsafeUninitializedCapacity: bytes.count &+ 1) { table, initialized in
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let ascending = SIMD8<UInt32>(0, 1, 2, 3, 4, 5, 6, 7)
                let target = UnsafeMutableRawPointer(table.baseAddress!)
                // The counts of the next eight bytes if they are ASCII: units, units + 1, … (kept
                // as a vector, moved on by eight, not rebuilt from `units` for every word).
                var run = ascending
                var i = 0
                while i &+ 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & highBits == 0 {
                        // Eight ASCII bytes: eight consecutive counts in one store.
                        target.storeBytes(of: run, toByteOffset: i &* 4, as: SIMD8<UInt32>.self)
                        run &+= SIMD8(repeating: 8)
                    } else {
                        // The units before each byte of the word, summed by one multiplication
                        // (each count is at most 2, a sum at most 16: no carry between bytes;
                        // byte k of the little-endian word is lane k).
                        let units = run[0]
                        let counts = Self.unitCounts(inWholeWord: word, unit: unit)
                        let before = counts &* 0x0101_0101_0101_0100
                        let lanes = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(before, to: SIMD8<UInt8>.self))
                        target.storeBytes(of: SIMD8(repeating: units) &+ lanes, toByteOffset: i &* 4, as: SIMD8<UInt32>.self)
                        run = SIMD8(repeating: units &+ UInt32(truncatingIfNeeded: (before &+ counts) &>> 56)) &+ ascending
                    }
                    i &+= 8
                }
                var units = run[0]
                while i < bytes.count {
                    table[i] = units
                    units &+= Self.units(of: bytes[i], unit: unit)
                    i &+= 1
                }
                table[bytes.count] = units
                initialized = bytes.count &+ 1
            }
        }
    }

    /// The offset in the chosen unit of a byte offset (at most the text's length) that lies
    /// on a scalar boundary.
    @inlinable @inline(__always) public func convert(_ byteOffset: Int) -> Int {
        if unit == .utf8 { return base &+ byteOffset }
        return base &+ Int(unitsBefore[byteOffset])
    }

    /// Calls `body` with a converter that reads this one's table through a pointer, valid
    /// only inside `body`.
    @inlinable public func withPinned<R>(_ body: (PinnedOffsetConverter) throws -> R) rethrows -> R {
        try unitsBefore.withUnsafeBufferPointer { table in
            try body(PinnedOffsetConverter(unitsBefore: table.baseAddress, unit: unit, base: base))
        }
    }

    /// The units (scalar or UTF-16) a byte of valid UTF-8 adds, counted as
    /// ``units(in:count:unit:)`` counts them.
    @inline(__always) static func units(of byte: UInt8, unit: OffsetUnit) -> UInt32 {
        var units: UInt32 = byte & 0xC0 != 0x80 ? 1 : 0
        if unit == .utf16, byte >= 0xF0 { units &+= 1 }
        return units
    }

    /// The units (0, 1 or 2) each byte of `word` adds, one per byte, as ``units(of:unit:)``
    /// counts them: a non-continuation byte one, a four-byte lead one more in UTF-16.
    @inline(__always) static func unitCounts(inWholeWord word: UInt64, unit: OffsetUnit) -> UInt64 {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let continuation = word & ~(word &<< 1) & highBits
        var counts = (~continuation & highBits) &>> 7
        if unit == .utf16 {
            counts &+= (word & (word &<< 1) & (word &<< 2) & (word &<< 3) & highBits) &>> 7
        }
        return counts
    }

    /// The number of scalars (or UTF-16 code units) in `count` bytes of valid UTF-8 that
    /// start and end on scalar boundaries: every byte that is not a continuation byte
    /// (`10xxxxxx`) starts a scalar; a four-byte lead (`11110xxx`) is two UTF-16 units.
    @inlinable @inline(__always)
    public static func units(in bytes: UnsafePointer<UInt8>, count: Int, unit: OffsetUnit) -> Int {
        if unit == .utf8 { return count }
        var units = 0
        var i = 0
        while i &+ 8 <= count {
            units &+= Self.units(inWholeWord: UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self), unit: unit)
            i &+= 8
        }
        while i < count {
            let byte = bytes[i]
            if byte & 0xC0 != 0x80 { units &+= 1 }
            if unit == .utf16, byte >= 0xF0 { units &+= 1 }
            i &+= 1
        }
        return units
    }

    /// The units of the eight bytes of `word` (scalar or UTF-16), counted as
    /// ``units(in:count:unit:)`` counts them.
    @inlinable @inline(__always)
    static func units(inWholeWord word: UInt64, unit: OffsetUnit) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // Bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6 clear).
        var units = 8 &- highBitCount(word & ~(word &<< 1) & highBits)
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
}
