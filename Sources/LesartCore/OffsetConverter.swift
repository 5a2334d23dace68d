/// Converts UTF-8 byte offsets of one text into scalar or UTF-16 offsets.
///
/// The converter counts the units of the text once, eight bytes at a time, and keeps the
/// count before every eight-byte word. A query then adds the units of the bytes before it
/// in its word (one masked word): a few instructions, in any order, with no cursor to walk.
/// (The writers convert two offsets per token, most of them a short step apart; a cursor
/// stepping from one to the next cost several times that, and long steps a loop.)
/// UTF-8 offsets map to themselves without a table.
public struct OffsetConverter {
    @usableFromInline let utf8: [UInt8]
    @usableFromInline let unit: OffsetUnit
    @usableFromInline let base: Int
    /// `base` plus the units before each whole eight-byte word of the text, and one entry
    /// after them (before the last, partial word). Empty for UTF-8 offsets.
    @usableFromInline let unitsBeforeWord: [Int]
    /// The bytes after the last whole word (fewer than eight), padded with zeros.
    @usableFromInline let lastWord: UInt64

    /// - Parameter base: added to every result (the offset of `utf8` in a larger text).
    public init(utf8: [UInt8], unit: OffsetUnit, base: Int = 0) {
        self.utf8 = utf8
        self.unit = unit
        self.base = base
        guard unit != .utf8 else {
            unitsBeforeWord = []
            lastWord = 0
            return
        }
        let wholeWords = utf8.count / 8
        var last: UInt64 = 0
        unitsBeforeWord = utf8.withUnsafeBufferPointer { bytes in
            for k in stride(from: wholeWords &* 8, to: bytes.count, by: 1) {
                last |= UInt64(bytes[k]) &<< (8 &* UInt64(k &- wholeWords &* 8))
            }
            return Array(unsafeUninitializedCapacity: wholeWords + 1) { table, initialized in
                var units = base
                for w in 0..<wholeWords {
                    table[w] = units
                    let word = UnsafeRawPointer(bytes.baseAddress! + w &* 8).loadUnaligned(as: UInt64.self)
                    units &+= Self.units(inWholeWord: word, unit: unit)
                }
                table[wholeWords] = units
                initialized = wholeWords + 1
            }
        }
        lastWord = last
    }

    /// The offset in the chosen unit of a byte offset (at most the text's length) that lies
    /// on a scalar boundary.
    @inlinable @inline(__always) public func convert(_ byteOffset: Int) -> Int {
        if unit == .utf8 { return base &+ byteOffset }
        let w = byteOffset &>> 3
        let before = unitsBeforeWord[w]
        let word: UInt64
        if w &+ 1 < unitsBeforeWord.count {
            word = utf8.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress! + w &* 8).loadUnaligned(as: UInt64.self) }
        } else {
            word = lastWord
        }
        return before &+ Self.units(inWord: word, count: byteOffset & 7, unit: unit)
    }

    /// Calls `body` with a converter that reads this one's text and table through pointers,
    /// valid only inside `body`.
    @inlinable public func withPinned<R>(_ body: (PinnedOffsetConverter) throws -> R) rethrows -> R {
        try utf8.withUnsafeBufferPointer { text in
            try unitsBeforeWord.withUnsafeBufferPointer { table in
                try body(PinnedOffsetConverter(bytes: text.baseAddress, unitsBeforeWord: table.baseAddress,
                                               wholeWords: table.count &- 1, lastWord: lastWord, unit: unit, base: base))
            }
        }
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
}
