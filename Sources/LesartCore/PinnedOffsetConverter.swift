/// An ``OffsetConverter`` whose table is pinned for the span of one
/// ``OffsetConverter/withPinned(_:)`` call: a conversion reads it through a plain pointer.
///
/// The JSONL writer converts two offsets per token; through the array each conversion
/// also checked the index and fetched the array's storage again.
public struct PinnedOffsetConverter {
    /// ``OffsetConverter/unitsBefore``; nil for UTF-8 offsets (or not: an empty array's
    /// storage may have an address). Read only past a test of ``unit``.
    @usableFromInline package let unitsBefore: UnsafePointer<UInt32>?
    /// A loop that tests the unit once outside converts with the table or without it
    /// directly (the JSONL writer's tokens), not testing it at each conversion.
    @usableFromInline package let unit: OffsetUnit
    /// Added to every result.
    @usableFromInline package let base: Int

    @inlinable init(unitsBefore: UnsafePointer<UInt32>?, unit: OffsetUnit, base: Int) {
        self.unitsBefore = unitsBefore
        self.unit = unit
        self.base = base
    }

    /// The same as ``OffsetConverter/convert(_:)``: the offset in the chosen unit of a byte
    /// offset (at most the text's length) that lies on a scalar boundary.
    @inlinable @inline(__always) public func convert(_ byteOffset: Int) -> Int {
        if unit == .utf8 { return base &+ byteOffset }
        // Past the UTF-8 test the table exists.
        return base &+ Int(unitsBefore.unsafelyUnwrapped[byteOffset])
    }
}
