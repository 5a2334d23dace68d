/// An ``OffsetConverter`` whose text and table are pinned for the span of one
/// ``OffsetConverter/withPinned(_:)`` call: a conversion reads them through plain pointers.
///
/// The JSONL writer converts two offsets per token; through the arrays each conversion
/// also checked the table index and fetched both arrays' storage again.
public struct PinnedOffsetConverter {
    /// The text's bytes (only its whole eight-byte words are read; nil for an empty text).
    @usableFromInline let bytes: UnsafePointer<UInt8>?
    /// ``OffsetConverter/unitsBeforeWord`` (one entry more than ``wholeWords``); nil for UTF-8.
    @usableFromInline let unitsBeforeWord: UnsafePointer<Int>?
    @usableFromInline let wholeWords: Int
    @usableFromInline let lastWord: UInt64
    @usableFromInline let unit: OffsetUnit
    @usableFromInline let base: Int

    @inlinable init(bytes: UnsafePointer<UInt8>?, unitsBeforeWord: UnsafePointer<Int>?, wholeWords: Int,
                    lastWord: UInt64, unit: OffsetUnit, base: Int) {
        self.bytes = bytes
        self.unitsBeforeWord = unitsBeforeWord
        self.wholeWords = wholeWords
        self.lastWord = lastWord
        self.unit = unit
        self.base = base
    }

    /// The same as ``OffsetConverter/convert(_:)``: the offset in the chosen unit of a byte
    /// offset (at most the text's length) that lies on a scalar boundary.
    @inlinable @inline(__always) public func convert(_ byteOffset: Int) -> Int {
        if unit == .utf8 { return base &+ byteOffset }
        // Past the UTF-8 test the table exists, and a whole word means a non-empty text.
        let w = byteOffset &>> 3
        let word = w < wholeWords
            ? UnsafeRawPointer(bytes.unsafelyUnwrapped + w &* 8).loadUnaligned(as: UInt64.self)
            : lastWord
        return unitsBeforeWord.unsafelyUnwrapped[w] &+ OffsetConverter.units(inWord: word, count: byteOffset & 7, unit: unit)
    }
}
