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
                        let expected = items.firstIndex { word.count > $0.count + 2 && word.reversed().starts(with: $0.reversed()) }
                        #expect(list.firstSuffix(of: range, in: buffer, longerBy: 2) == expected)
                    }
                }
            }
        }
    }
}
