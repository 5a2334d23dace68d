import LesartCore
import Testing
@testable import LesartTokenization

/// ``SharedWordTable``: one lookup per token for two word tables gives each table's own ids.
@Suite("Shared word table")
struct SharedWordTableTests {
    /// Tokens for the words of `text` split at spaces, and the text's bytes.
    func tokens(_ words: [String]) -> ([Token], [UInt8]) {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        for word in words {
            tokens.append(Token(start: UInt32(bytes.count), end: UInt32(bytes.count + word.utf8.count), kind: .word))
            bytes += Array(word.utf8) + [0x20]
        }
        return (tokens, bytes)
    }

    /// Checks that the shared lookup of `words` equals each table's own.
    func expectSameIDs(_ first: WordTable, _ second: WordTable, _ words: [String]) {
        let shared = SharedWordTable(first: first, second: second)
        let (tokens, bytes) = tokens(words)
        var firstIDs: [Int32] = [9]
        var secondIDs: [Int32] = [9, 9, 9]
        var ownFirst: [Int32] = []
        var ownSecond: [Int32] = []
        bytes.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                shared.ids(of: tokens, in: bytes, first: &firstIDs, second: &secondIDs)
                first.ids(of: tokens, in: bytes, into: &ownFirst)
                second.ids(of: tokens, in: bytes, into: &ownSecond)
            }
        }
        #expect(firstIDs == ownFirst)
        #expect(secondIDs == ownSecond)
    }

    @Test("words of either table, of both and of neither keep each table's ids")
    func overlappingTables() {
        let first = WordTable(keys: ["Moskau", "die", "Ukraine", "unterstützt", "NATO-Gipfel"].map { Array($0.utf8) })
        let second = WordTable(keys: ["die", "droht", "unterstützt", "Bündnis", "Waffenlieferungen"].map { Array($0.utf8) })
        let words = ["Moskau", "droht", "die", "Ukraine", "unterstützt", "Bündnis", "Waffenlieferungen", "NATO-Gipfel",
                     "Kiew", "", "Moskauer", "di", "Waffenlieferungen-"]
        expectSameIDs(first, second, words)
        let shared = SharedWordTable(first: first, second: second)
        // The keys of `second` that `first` lacks follow `first`'s: three of them.
        #expect(shared.table.count == first.count + 3)
        #expect(shared.firstCount == first.count)
    }

    @Test("many keys, one table a subset, an empty table, a document longer than a lookup block")
    func largerTables() {
        let all = (0..<3_000).map { Array("w\($0)\(String(repeating: "e", count: $0 % 13))".utf8) }
        let evens = WordTable(keys: all.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let thirds = WordTable(keys: all.enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        let words = (0..<700).map { String(decoding: all[($0 * 7) % all.count], as: UTF8.self) } + ["w", "w1e", "x"]
        expectSameIDs(evens, thirds, words)
        expectSameIDs(thirds, evens, words)
        expectSameIDs(evens, WordTable(keys: []), words)
        expectSameIDs(WordTable(keys: []), thirds, words)
        expectSameIDs(thirds, thirds, words)
    }
}
