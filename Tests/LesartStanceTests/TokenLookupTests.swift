import Lesart
import Testing
import TestSupport
@testable import LesartStance

/// The stance stage's per-token lookup: what the lexicons say of each token, in 16 bytes a
/// token (a 100 MB single-line chunk has millions of tokens).
@Suite("Token lookup")
struct TokenLookupTests {
    @Test("an entry is 16 bytes")
    func size() {
        #expect(MemoryLayout<TokenLookup>.stride == 16)
    }

    @Test("word ids, a compound's noun cue, a two-word grammar key and sentence starts")
    func entries() throws {
        let document = try StancePipeline.analyse("Das Land kritisiert die Panzerlieferungen. Es droht Borsonien.")
        let lexicon = StancePipeline.detector.lexicon
        let table = document.utf8.withUnsafeBufferPointer { bytes in
            var ids: [Int32] = []
            document.tokens.withUnsafeBufferPointer { lexicon.wordTable.ids(of: $0, in: bytes, into: &ids) }
            return TokenLookup.table(for: document.tokens, sentences: document.sentences, bytes: bytes, lexicon: lexicon,
                                     wordIDs: ids)
        }
        let words = document.tokens.map { document.text(of: $0) }
        #expect(table.count == words.count)
        for (i, word) in words.enumerated() {
            #expect(table[i].wordID == lexicon.words.words.id(of: Array(word.utf8)), "\(word)")
        }
        let kritisiert = try #require(words.firstIndex(of: "kritisiert"))
        #expect(lexicon.words.values[Int(table[kritisiert].wordID)].cueForms != nil)
        // "Panzerlieferungen" is no cue form itself; "Lieferung" heads it.
        let compound = try #require(words.firstIndex(of: "Panzerlieferungen"))
        #expect(table[compound].wordID < 0 || lexicon.words.values[Int(table[compound].wordID)].cueForms == nil)
        #expect(table[compound].compoundHead >= 0)
        #expect(table[kritisiert].compoundHead == -1)
        // "Das Land" is a two-word key of grammar.tsv (a description of a state).
        #expect(table[0].pair >= 0 && !lexicon.pairClasses[Int(table[0].pair)].isEmpty)
        #expect(table[1].pair == -1)
        let opening = table.indices.filter { table[$0].opensSentence }
        #expect(opening.map { words[$0] } == ["Das", "Es"])
    }
}
