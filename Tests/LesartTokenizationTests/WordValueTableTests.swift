import Testing
import LesartTokenization
import TestSupport

/// ``WordValueTable``: values by word over the shared ``WordTable``, as the stance lexicons use it.
@Suite("Word value table")
struct WordValueTableTests {
    /// Looks `word` up as the bytes `range` of `text`.
    func lookup(_ table: WordValueTable<Int>, _ text: String, _ range: Range<Int>) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { table.value(for: $0, in: range) }
    }

    @Test("finds every key, at any offset, and nothing else")
    func keysAndMisses() {
        let keys = ["a", "der", "zusammen", "Waffenlieferungen", "lieferungen", "für", "Ukraine"]
        let table = WordValueTable(keys.enumerated().map { (Array($0.element.utf8), $0.offset) })
        for (index, key) in keys.enumerated() {
            // At the start of a buffer, and after at least eight other bytes.
            #expect(lookup(table, key, 0..<key.utf8.count) == index)
            let padded = "xxxxxxxxxx " + key + " yy"
            #expect(lookup(table, padded, 11..<11 + key.utf8.count) == index)
        }
        // The head of a compound, as a range inside the word.
        #expect(lookup(table, "Waffenlieferungen", 6..<17) == keys.firstIndex(of: "lieferungen"))
        for miss in ["", "de", "dera", "Der", "zusammem", "Waffenlieferung", "Waffenlieferungem", "fur", "ukraine"] {
            #expect(lookup(table, miss, 0..<miss.utf8.count) == nil, "\(miss)")
        }
    }

    @Test("a later duplicate key replaces the earlier value")
    func duplicates() {
        let table = WordValueTable([(Array("Hilfe".utf8), 1), (Array("Hilfe".utf8), 2)])
        #expect(table.count == 1)
        #expect(table.value(for: Array("Hilfe".utf8)) == 2)
    }

    @Test("agrees with a dictionary on many keys")
    func manyKeys() {
        var dictionary: [[UInt8]: Int] = [:]
        var generator = SplitMix64(seed: 0x5EED_7AB1E)  // seeded; SystemRandomNumberGenerator crashes TSan (swiftlang/swift#66099)
        for index in 0..<5000 {
            let length = Int.random(in: 1...24, using: &generator)
            let key = (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
            dictionary[key] = index
        }
        let table = WordValueTable(dictionary.map { ($0.key, $0.value) })
        for (key, value) in dictionary {
            #expect(table.value(for: key) == value)
            var other = key
            other[other.count - 1] = other[other.count - 1] == 0x61 ? 0x62 : 0x61
            #expect(table.value(for: other) == dictionary[other])
            #expect(table.value(for: key + [0x61]) == dictionary[key + [0x61]])
        }
    }
}
