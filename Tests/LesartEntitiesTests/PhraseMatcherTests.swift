import Foundation
import Lesart
import Testing
import TestSupport
@testable import LesartEntities

/// The compiled ``PhraseMatcher`` (word ids, root array, transition table) against a walk
/// of the dictionaries of the builder it was compiled from, on the bundled gazetteer.
@Suite("Phrase matcher")
struct PhraseMatcherTests {
    /// The words of a document made of every compiled phrase followed by its first word
    /// (so phrases run into each other) and a word no phrase has.
    static let stream: [[UInt8]] = {
        var words: [[UInt8]] = []
        for phrase in BundledGazetteer.phrases {
            words += phrase
            words.append(phrase[0])
            words.append(Array("§".utf8))
        }
        return words
    }()

    @Test("every compiled phrase is found with the builder's match")
    func everyPhrase() {
        let matcher = BundledGazetteer.shared.gazetteer.matcher
        let phrases = BundledGazetteer.phrases
        #expect(phrases.count > 60_000)
        var ids: [Int32] = []
        var mismatches: [String] = []
        for phrase in phrases {
            let document = BundledGazetteer.document(of: phrase)
            document.utf8.withUnsafeBufferPointer { bytes in
                document.tokens.withUnsafeBufferPointer { matcher.wordIDs(of: $0, in: bytes, into: &ids) }
            }
            let found = ids.withUnsafeBufferPointer { matcher.longestMatch($0, from: 0) }
            let expected = BundledGazetteer.referenceLongestMatch(phrase, from: 0)
            if found?.end != phrase.count || found?.match != expected?.match {
                mismatches.append(phrase.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " "))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("longest match and all occurrences equal the builder's trie at every token of a phrase stream")
    func streamEqualsReference() {
        let gazetteer = BundledGazetteer.shared.gazetteer
        let words = Self.stream
        let document = BundledGazetteer.document(of: words)
        var ids: [Int32] = []
        var occurrences: [Int: [(end: Int, match: PhraseMatch)]] = [:]
        gazetteer.forEachPhrase(in: document, wordIDs: &ids) { start, end, match in
            occurrences[start, default: []].append((end, match))
        }
        var longestMismatches = 0
        var occurrenceMismatches = 0
        ids.withUnsafeBufferPointer { ids in
            for start in words.indices {
                let expected = BundledGazetteer.referenceOccurrences(words, from: start)
                let longest = gazetteer.matcher.longestMatch(ids, from: start)
                if longest?.end != expected.last?.end || longest?.match != expected.last?.match { longestMismatches += 1 }
                let found = occurrences[start] ?? []
                if found.map(\.end) != expected.map(\.end) || found.map(\.match) != expected.map(\.match) {
                    occurrenceMismatches += 1
                }
            }
        }
        #expect(longestMismatches == 0)
        #expect(occurrenceMismatches == 0)
        #expect(occurrences.count > 60_000)
    }

    @Test("the sample corpus, tokenized: the same matches as the builder's trie")
    func sampleCorpus() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Corpora/de/russland-allianzen.txt")
        var document = Document(text: try String(contentsOf: url, encoding: .utf8))
        try BundledGazetteer.shared.tokenizer.makeSession().tokenize(&document)
        let words = document.tokens.map { Array(document.utf8[$0.byteRange]) }
        var ids: [Int32] = []
        var found: [String] = []
        BundledGazetteer.shared.gazetteer.forEachPhrase(in: document, wordIDs: &ids) { start, end, match in
            found.append("\(start)-\(end):\(match.entry)")
        }
        var expected: [String] = []
        for start in words.indices {
            for (end, match) in BundledGazetteer.referenceOccurrences(words, from: start) {
                expected.append("\(start)-\(end):\(match.entry)")
            }
        }
        #expect(found == expected)
        #expect(found.count > 100)
    }
}
