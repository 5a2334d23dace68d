import Foundation
import Lesart
import TestSupport
@testable import LesartEntities

/// The bundled gazetteer, built once for the tests that check compiled structures against
/// the lexicon, with the phrase builder it was compiled from.
enum BundledGazetteer {
    static let shared: (gazetteer: Gazetteer, builder: PhraseMatcherBuilder, tokenizer: Tokenizer) = {
        do {
            let tokenizer = Tokenizer(profile: Fixtures.german)
            let gazetteer = try Gazetteer(tokenizer: tokenizer)
            let index = Dictionary(uniqueKeysWithValues: gazetteer.entries.enumerated().map { ($0.element.id, UInt32($0.offset)) })
            let compiled = try Gazetteer.compile(entries: gazetteer.entries, demonyms: gazetteer.demonyms, index: index,
                                                 tokenizer: tokenizer)
            return (gazetteer, compiled.builder, tokenizer)
        } catch {
            fatalError("cannot build the bundled gazetteer: \(error)")
        }
    }()

    /// Every phrase in the builder's trie, as token byte strings: a walk of its edges.
    static let phrases: [[[UInt8]]] = {
        let builder = shared.builder
        var words = [[UInt8]](repeating: [], count: builder.vocabulary.count)
        for (word, id) in builder.vocabulary { words[Int(id)] = word }
        var children: [Int32: [(Int32, Int32)]] = [:]
        for (key, next) in builder.edges {
            children[Int32(truncatingIfNeeded: key >> 32), default: []].append((Int32(truncatingIfNeeded: key & 0xFFFF_FFFF), next))
        }
        var result: [[[UInt8]]] = []
        var stack: [(Int32, [[UInt8]])] = [(0, [])]
        while let (state, path) = stack.popLast() {
            if builder.best[Int(state)] != nil { result.append(path) }
            for (id, next) in children[state] ?? [] { stack.append((next, path + [words[Int(id)]])) }
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) { $0.lexicographicallyPrecedes($1) } }
    }()

    /// The longest phrase of the builder's trie at `start` of `words`, walked in its
    /// dictionaries: the reference the compiled matcher must equal.
    static func referenceLongestMatch(_ words: [[UInt8]], from start: Int) -> (end: Int, match: PhraseMatch)? {
        referenceOccurrences(words, from: start).last
    }

    /// Every phrase of the builder's trie starting at `start` of `words`, shortest first.
    static func referenceOccurrences(_ words: [[UInt8]], from start: Int) -> [(end: Int, match: PhraseMatch)] {
        let builder = shared.builder
        var state: Int32 = 0
        var found: [(Int, PhraseMatch)] = []
        var i = start
        while i < words.count, let id = builder.vocabulary[words[i]],
              let next = builder.edges[PhraseMatcherBuilder.edge(state, id)] {
            state = next
            i += 1
            if let best = builder.best[Int(state)] { found.append((i, best.match)) }
        }
        return found
    }

    /// A document of `words` separated by spaces, with one word token per word (made by
    /// hand, so any byte string is one token).
    static func document(of words: [[UInt8]]) -> Document {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        for word in words {
            tokens.append(Token(start: UInt32(bytes.count), end: UInt32(bytes.count + word.count), kind: .word))
            bytes.append(contentsOf: word)
            bytes.append(0x20)
        }
        var document = Document(validatedUTF8: bytes)
        document.tokens = tokens
        return document
    }
}
