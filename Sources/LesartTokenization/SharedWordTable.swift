import LesartCore

/// One ``WordTable`` for the words of two tables, so that a document's tokens are hashed
/// and looked up once for both: the entity stage's gazetteer words (`first`) and the stance
/// stage's lexicon words (`second`). A token's lookup is bound by memory reads (see
/// ``WordTable``), and half of them go when the second table is not probed again.
///
/// The keys of `first` keep their ids; the keys only `second` knows follow them; per id,
/// a column holds the key's id in `second`. So a merged id below `first.count` is the
/// `first` id itself, and ``ids(of:in:first:second:)`` gives exactly what `first.ids` and
/// `second.ids` would.
package final class SharedWordTable: Sendable {
    /// The merged keys.
    let table: WordTable
    /// Number of keys of `first`: the merged ids below it are `first`'s.
    let firstCount: Int
    /// Per merged id, the key's id in `second`, or -1.
    let secondIDs: [Int32]

    package init(first: WordTable, second: WordTable) {
        var keys = (0..<Int32(first.count)).map { first.key($0) }
        var secondIDs = [Int32](repeating: -1, count: keys.count)
        for id in 0..<Int32(second.count) {
            let key = second.key(id)
            let inFirst = first.id(of: key)
            if inFirst >= 0 {
                secondIDs[Int(inFirst)] = id
            } else {
                keys.append(key)
                secondIDs.append(id)
            }
        }
        table = WordTable(keys: keys)
        firstCount = first.count
        self.secondIDs = secondIDs
    }

    /// Each token's id in `first` and in `second` (or -1), written to the two arrays
    /// (resized to `tokens.count`): one lookup per token.
    package func ids(of tokens: UnsafeBufferPointer<Token>, in bytes: UnsafeBufferPointer<UInt8>,
                     first: inout [Int32], second: inout [Int32]) {
        table.ids(of: tokens, in: bytes, into: &first)
        second.removeAll(keepingCapacity: true)
        second.append(contentsOf: repeatElement(-1, count: first.count))
        let firstCount = Int32(firstCount)
        secondIDs.withUnsafeBufferPointer { column in
            first.withUnsafeMutableBufferPointer { first in
                second.withUnsafeMutableBufferPointer { second in
                    for i in 0..<first.count where first[i] >= 0 {
                        let merged = first[i]
                        second[i] = column[Int(merged)]
                        if merged >= firstCount { first[i] = -1 }
                    }
                }
            }
        }
    }
}
