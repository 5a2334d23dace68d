import Testing
import TestSupport
@testable import LesartEntities

/// ``ByteStringList``'s packed prefix and suffix tests against plain byte compares, for
/// words anywhere in a buffer, at its edges included.
@Suite("Byte string list")
struct ByteStringListTests {
    static let items = ["isch", "ische", "ischen", "straße", "chaussee", "Nordwest", "Süd", "a", "zentralistisch"]
        .map { Array($0.utf8) }
    static let words = ["politischen", "Straße", "Schulstraße", "Nordwestküste", "Süditalien", "a", "Sü", "", "isch",
                        "zentralistisch", "Azentralistisch", "chaussee", "Chaussee", "politischem", "Politisch", "kritisches", "indische",
                        "Gasse", "Süd-", "Nord"].map { Array($0.utf8) }

    @Test("prefix, suffix, first suffix and the prefix filter agree with byte compares at every position",
          arguments: [items, items.filter { $0.count >= 4 }, items.filter { $0.count >= 5 }, [[UInt8]]()])
    func agreesWithByteCompares(items: [[UInt8]]) {
        let list = ByteStringList(items)
        for word in Self.words {
            for before in [0, 1, 7, 8] {
                for after in [0, 1, 7, 8] {
                    let bytes = [UInt8](repeating: 0x20, count: before) + word + [UInt8](repeating: 0x20, count: after)
                    let range = before..<(before + word.count)
                    bytes.withUnsafeBufferPointer { buffer in
                        let head = ByteStringList.head(of: range, in: buffer)
                        let tail = ByteStringList.tail(of: range, in: buffer)
                        for (k, item) in items.enumerated() {
                            #expect(list.isPrefix(k, of: range, head: head, in: buffer) == word.starts(with: item))
                            #expect(list.isSuffix(k, of: range, tail: tail, in: buffer) == word.reversed().starts(with: item.reversed()))
                        }
                        if !list.mayHavePrefix(head: head, count: word.count) {
                            #expect(!items.contains { word.starts(with: $0) }, "\(word)")
                        }
                        // The range forms load less and must say the same.
                        #expect(list.mayHavePrefix(of: range, in: buffer) == list.mayHavePrefix(head: head, count: word.count))
                        #expect(list.mayHaveSuffix(of: range, in: buffer) == list.mayHaveSuffix(tail: tail, count: word.count))
                        if !list.mayHaveSuffix(tail: tail, count: word.count) {
                            #expect(!items.contains { word.reversed().starts(with: $0.reversed()) }, "\(word)")
                        }
                        let expected = items.firstIndex { word.count > $0.count + 2 && word.reversed().starts(with: $0.reversed()) }
                        #expect(list.firstSuffix(of: range, in: buffer, longerBy: 2) == expected)
                    }
                }
            }
        }
    }

    @Test("the filters let through every word that starts or ends with an item, and few others")
    func filtersHaveNoFalseNegatives() {
        let items = ["isch", "ische", "ischen", "ischer", "isches", "ischem", "Nord", "Süd", "Nordwest", "hausen"].map { Array($0.utf8) }
        let list = ByteStringList(items)
        var passed = 0
        var words = 0
        for stem in ["Kritik", "poli", "Ober", "x", "Bad", "Süd", "Nordwest"] {
            for ending in ["", "isch", "ische", "ischen", "ischem", "t", "en", "hausen", "sch", "ischs"] {
                let word = Array((stem + ending).utf8)
                word.withUnsafeBufferPointer { buffer in
                    let range = 0..<word.count
                    let starts = items.contains { word.starts(with: $0) }
                    let ends = items.contains { word.reversed().starts(with: $0.reversed()) }
                    let mayStart = list.mayHavePrefix(head: ByteStringList.head(of: range, in: buffer), count: word.count)
                    let mayEnd = list.mayHaveSuffix(tail: ByteStringList.tail(of: range, in: buffer), count: word.count)
                    #expect(!starts || mayStart, "\(stem + ending)")
                    #expect(!ends || mayEnd, "\(stem + ending)")
                    if !ends { words += 1; if mayEnd { passed += 1 } }
                }
            }
        }
        #expect(passed * 10 < words, "the suffix filter lets \(passed) of \(words) other words through")
    }
}
