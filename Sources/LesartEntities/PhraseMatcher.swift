import LesartCore
import LesartTokenization

/// A compiled token trie over all surface forms of the gazetteer, shared read-only by all
/// workers. A document's tokens are first turned into word ids (one hash per token, see
/// ``WordTable``); the trie is then walked over those ids, without touching bytes again.
public final class PhraseMatcher: Sendable {
    /// Every word of a phrase, then the words of the tagger's word lists.
    let words: WordTable
    /// Per word id, the state after that word from the root, or -1.
    let rootStates: [Int32]
    let transitions: TransitionTable
    /// Per state, the index of its match in `matches`, or -1.
    let payloads: [Int32]
    /// Per state, whether any transition leaves it.
    let hasChildren: [Bool]
    let matches: [PhraseMatch]

    init(words: WordTable, rootStates: [Int32], transitions: TransitionTable, payloads: [Int32], hasChildren: [Bool],
         matches: [PhraseMatch]) {
        self.words = words
        self.rootStates = rootStates
        self.transitions = transitions
        self.payloads = payloads
        self.hasChildren = hasChildren
        self.matches = matches
    }

    /// The word id of every token of a document, or -1 (see ``WordTable/ids(of:in:into:)``).
    func wordIDs(of tokens: UnsafeBufferPointer<Token>, in bytes: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) {
        words.ids(of: tokens, in: bytes, into: &ids)
    }

    /// The word id of some bytes, or -1.
    @inline(__always) func wordID(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int32 {
        words.id(of: bytes)
    }

    /// The state after word `id` from the root, or -1 (also for `id` -1).
    @inline(__always) func rootState(_ id: Int32) -> Int32 {
        id >= 0 ? rootStates[Int(id)] : -1
    }

    /// The match of the one-word phrase `id`, if it is one.
    @inline(__always) func singleWordMatch(_ id: Int32) -> PhraseMatch? {
        singleWordMatch(rootState: rootState(id))
    }

    /// The match of the one-word phrase whose ``rootState(_:)`` is `state`, if it is one.
    @inline(__always) func singleWordMatch(rootState state: Int32) -> PhraseMatch? {
        guard state >= 0 else { return nil }
        let p = payloads[Int(state)]
        return p >= 0 ? matches[Int(p)] : nil
    }

    /// The match of the one-word phrase written with `bytes`, if it is one.
    @inline(__always) func singleWordMatch(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> PhraseMatch? {
        singleWordMatch(words.id(of: bytes))
    }

    /// The longest phrase starting at token `start`, given the tokens' word ids: its end
    /// (token index) and match.
    @inline(__always) func longestMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int) -> (end: Int, match: PhraseMatch)? {
        longestMatch(ids, from: start, rootState: rootState(ids[start]))
    }

    /// ``longestMatch(_:from:)`` given the ``rootState(_:)`` of the first word (the entity
    /// scan reads it once per token for this and the one-word match).
    @inline(__always)
    func longestMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, rootState: Int32) -> (end: Int, match: PhraseMatch)? {
        var state = rootState
        guard state >= 0 else { return nil }
        var bestEnd = -1
        var bestPayload: Int32 = -1
        var i = start + 1
        while true {
            let p = payloads[Int(state)]
            if p >= 0 {
                bestEnd = i
                bestPayload = p
            }
            guard i < ids.count, hasChildren[Int(state)] else { break }
            let id = ids[i]
            guard id >= 0, let next = transitions.next(state, id) else { break }
            state = next
            i += 1
        }
        return bestPayload >= 0 ? (bestEnd, matches[Int(bestPayload)]) : nil
    }

    /// Calls `body(start, end, match)` for every phrase occurrence over the tokens' word
    /// ids, nested and overlapping ones included, ordered by start, then end.
    @inline(__always)
    func forEachOccurrence(_ ids: UnsafeBufferPointer<Int32>, _ body: (Int, Int, PhraseMatch) -> Void) {
        rootStates.withUnsafeBufferPointer { roots in
            payloads.withUnsafeBufferPointer { payloads in
                hasChildren.withUnsafeBufferPointer { hasChildren in
                    for start in 0..<ids.count {
                        let first = ids[start]
                        guard first >= 0 else { continue }
                        var state = roots[Int(first)]
                        guard state >= 0 else { continue }
                        var i = start + 1
                        while true {
                            let p = payloads[Int(state)]
                            if p >= 0 { body(start, i, matches[Int(p)]) }
                            guard i < ids.count, hasChildren[Int(state)] else { break }
                            let id = ids[i]
                            guard id >= 0, let next = transitions.next(state, id) else { break }
                            state = next
                            i += 1
                        }
                    }
                }
            }
        }
    }
}
