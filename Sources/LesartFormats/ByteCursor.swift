/// A write position in an ``OutputBuffer``'s free capacity (``OutputBuffer/render(room:_:)``)
/// or scratch block (``OutputBuffer/cursor(room:)``, appended by ``OutputBuffer/commit(_:)``):
/// writers check ``room`` once for a whole record, then store bytes, digits and fixed
/// fragments without bounds checks or allocation.
struct ByteCursor {
    /// Where the next byte goes.
    var position: UnsafeMutablePointer<UInt8>
    /// One past the last writable byte.
    let end: UnsafeMutablePointer<UInt8>

    /// Bytes that can still be written.
    @inline(__always) var room: Int { end - position }

    @inline(__always) mutating func write(byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// Copies `count` bytes from `source`.
    @inline(__always) mutating func write(_ source: UnsafePointer<UInt8>, count: Int) {
        position.update(from: source, count: count)
        position += count
    }

    /// Copies `count` bytes (at most 16) from `source` as one 16-byte store: the bytes
    /// beyond `count` are overwritten by what follows. Needs 16 bytes of room, and 16
    /// readable bytes at `source`.
    @inline(__always) mutating func write16(_ source: UnsafePointer<UInt8>, count: Int) {
        UnsafeMutableRawPointer(position).storeBytes(of: UnsafeRawPointer(source).loadUnaligned(as: SIMD16<UInt8>.self),
                                                     as: SIMD16<UInt8>.self)
        position += count
    }

    @inline(__always) mutating func write(_ fragment: StaticString) {
        write(fragment.utf8Start, count: fragment.utf8CodeUnitCount)
    }

    /// Writes a non-negative integer in decimal, two digits at a time: a value below
    /// 10,000 (most offsets of a news article) with one division and one or two stores,
    /// larger ones in a loop.
    @inline(__always) mutating func write(decimal value: Int) {
        // Four digits first, then three: one range test each.
        if UInt(bitPattern: value &- 1_000) < 9_000 {
            let high = UInt32(truncatingIfNeeded: value) / 100
            let low = Self.digitPair(Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: value) &- high &* 100))
            // One 32-bit store (little-endian: the first pair in the low half).
            UnsafeMutableRawPointer(position).storeBytes(of: UInt32(Self.digitPair(Int(high))) | UInt32(low) &<< 16,
                                                         as: UInt32.self)
            position += 4
            return
        }
        if UInt(bitPattern: value &- 100) < 900 {
            let high = UInt32(truncatingIfNeeded: value) / 100
            let low = Self.digitPair(Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: value) &- high &* 100))
            position[0] = UInt8(truncatingIfNeeded: 0x30 &+ high)
            UnsafeMutableRawPointer(position + 1).storeBytes(of: low, as: UInt16.self)
            position += 3
            return
        }
        if value < 100 { return write(upToTwoDigits: value) }
        let length = DecimalDigits.count(of: value)
        var v = value
        var p = position + length
        let pairs = DecimalDigits.pairs.utf8Start
        while v >= 100 {
            let pair = (v % 100) &* 2
            v /= 100
            p -= 2
            p[0] = pairs[pair]
            p[1] = pairs[pair + 1]
        }
        if v >= 10 {
            p -= 2
            p[0] = pairs[v &* 2]
            p[1] = pairs[v &* 2 + 1]
        } else {
            p -= 1
            p[0] = UInt8(truncatingIfNeeded: 0x30 &+ v)
        }
        position += length
    }

    /// `value` (0–99) in decimal, without a leading zero.
    @inline(__always) private mutating func write(upToTwoDigits value: Int) {
        if value < 10 { write(byte: UInt8(truncatingIfNeeded: 0x30 &+ value)) } else { write(twoDigits: value) }
    }

    /// The two digits of `value` (0–99), leading zero included, as they lie in memory.
    @inline(__always) private static func digitPair(_ value: Int) -> UInt16 {
        UnsafeRawPointer(DecimalDigits.pairs.utf8Start).loadUnaligned(fromByteOffset: value &* 2, as: UInt16.self)
    }

    /// `value` (0–99) as two digits, leading zero included.
    @inline(__always) private mutating func write(twoDigits value: Int) {
        let pairs = DecimalDigits.pairs.utf8Start
        position[0] = pairs[value &* 2]
        position[1] = pairs[value &* 2 &+ 1]
        position += 2
    }

    /// Copies one 32-byte slot of ``TokenKindFragments`` as two 16-byte vectors.
    @inline(__always) mutating func write(slot: UnsafePointer<UInt8>) {
        let source = UnsafeRawPointer(slot)
        let target = UnsafeMutableRawPointer(position)
        target.storeBytes(of: source.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
        target.storeBytes(of: source.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self), toByteOffset: 16,
                          as: SIMD16<UInt8>.self)
        position += 32
    }

    /// Stores the 16 bytes of `vector` and moves on by `count` (at most 16): the bytes beyond
    /// `count` are overwritten by what follows, so the cursor needs 16 bytes of room.
    @inline(__always) mutating func write(vector: SIMD16<UInt8>, count: Int) {
        UnsafeMutableRawPointer(position).storeBytes(of: vector, as: SIMD16<UInt8>.self)
        position += count
    }

    /// The first 16 bytes of `fragment` as a vector for ``write(vector:count:)`` (padded with zeros).
    static func vector(_ fragment: StaticString) -> SIMD16<UInt8> {
        var vector = SIMD16<UInt8>()
        for index in 0..<min(16, fragment.utf8CodeUnitCount) { vector[index] = fragment.utf8Start[index] }
        return vector
    }
}
