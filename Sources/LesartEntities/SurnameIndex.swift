import LesartCore
import LesartTokenization

/// The surnames of one document's full person names (`Heidi Klum` → `Klum`), each with
/// the first candidate that ends in it: an open-addressing table over byte ranges of the
/// document, hashed like ``WordTable`` (no String, no Swift `Hasher`).
struct SurnameIndex {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Per slot, the position in `persons` + 1 (0: empty).
    private var slots: [Int32]
    private var keys: [Range<Int>] = []
    private(set) var persons: [EntityCandidate] = []
    private let mask: Int
    /// One bit per hash of a key's length, first and last byte (256 bits): most capitalised
    /// words of a document are no surname, and a clear bit answers before the word is hashed.
    private var filter = [UInt64](repeating: 0, count: 4)

    /// An index for at most `capacity` surnames of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.bytes = bytes
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var isEmpty: Bool { persons.isEmpty }

    /// Adds `person` under the bytes `key` unless that surname is already known.
    mutating func addIfNew(_ key: Range<Int>, _ person: EntityCandidate) {
        if let bit = filterBit(key) { filter[bit >> 6] |= 1 << UInt64(bit & 63) }
        var slot = hash(key) & mask
        while slots[slot] != 0 {
            if equal(keys[Int(slots[slot]) - 1], key) { return }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        persons.append(person)
        slots[slot] = Int32(persons.count)
    }

    /// Whether `key` may be a surname of the index: false means it is none. Most capitalised
    /// words of a document are none, and this test, inlined, spares them the call of ``person(_:)``.
    @inline(__always) func mayHold(_ key: Range<Int>) -> Bool {
        guard let bit = filterBit(key) else { return true }
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The person whose surname is written with the bytes `key`, if any.
    func person(_ key: Range<Int>) -> EntityCandidate? {
        guard mayHold(key) else { return nil }
        var slot = hash(key) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if equal(keys[index], key) { return persons[index] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The bit of `key` in `filter` (nil for an empty key, which is never filtered out).
    @inline(__always) private func filterBit(_ key: Range<Int>) -> Int? {
        guard !key.isEmpty else { return nil }
        let shape = UInt64(bytes[key.lowerBound]) << 16 | UInt64(bytes[key.upperBound - 1]) << 8 | UInt64(key.count & 0xFF)
        return Int(truncatingIfNeeded: (shape &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    private func hash(_ key: Range<Int>) -> Int {
        Int(truncatingIfNeeded: WordTable.hash(bytes.baseAddress.map { UnsafeRawPointer($0 + key.lowerBound) }, key.count))
    }

    private func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && bytes[a].elementsEqual(bytes[b])
    }
}
