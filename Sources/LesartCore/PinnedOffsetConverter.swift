/// An ``OffsetConverter`` whose table is pinned for the span of one
/// ``OffsetConverter/withPinned(_:)`` call: a conversion reads it through a plain pointer.
///
/// The JSONL writer converts two offsets per token; through the array each conversion
/// also checked the index and fetched the array's storage again.
public struct PinnedOffsetConverter {
    /// ``OffsetConverter/unitsBefore``; nil for UTF-8 offsets (or not: an empty array's
    /// storage may have an address). Read only past a test of ``unit``.
    @usableFromInline let unitsBefore: UnsafePointer<UInt32>?
    @usableFromInline let unit: OffsetUnit
    /// Added to every result.
    @usableFromInline let base: Int

    @inlinable init(unitsBefore: UnsafePointer<UInt32>?, unit: OffsetUnit, base: Int) {
        self.unitsBefore = unitsBefore
        self.unit = unit
        self.base = base
    }

    /// The same as ``OffsetConverter/convert(_:)``: the offset in the chosen unit of a byte
    /// offset (at most the text's length) that lies on a scalar boundary.
    @inlinable @inline(__always) public func convert(_ byteOffset: Int) -> Int {
        withUnitTested { $0(byteOffset) }
    }

    /// Calls `body` with ``convert(_:)`` for this converter's unit, the unit tested once here
    /// rather than at every conversion: a loop inside `body` converts with the table or
    /// without it directly (the JSONL writer's token records).
    @inlinable @inline(__always)
    package func withUnitTested<R>(_ body: ((Int) -> Int) -> R) -> R {
        if unit == .utf8 { return body { base &+ $0 } }
        // Past the UTF-8 test the table exists.
        let table = unitsBefore.unsafelyUnwrapped
        return body { base &+ Int(table[$0]) }
    }
}
