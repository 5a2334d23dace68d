import LesartCore
import LesartTokenization

/// A compiled token trie over all surface forms of the gazetteer, shared read-only by all
/// workers. A document's tokens are looked up by their bytes in the vocabulary (one hash
/// per token, no String built), then the trie is walked as far as it goes.
public struct PhraseMatcher: Sendable {
    let vocabulary: ByteStringTable<Int32>
    let transitions: TransitionTable
    /// Per state, the index of its match in `matches`, or -1.
    let payloads: [Int32]
    let matches: [PhraseMatch]

    /// The trie's root state.
    static let root: Int32 = 0

    /// The vocabulary id of a token's bytes, or nil when no form contains it.
    @inline(__always) func tokenID(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int32? {
        vocabulary.value(for: bytes)
    }

    /// The state after `token` from `state`, or nil.
    @inline(__always) func step(_ state: Int32, _ token: Int32) -> Int32? {
        transitions.next(state, token)
    }

    /// The match completed at `state`, if any.
    @inline(__always) func match(at state: Int32) -> PhraseMatch? {
        let p = payloads[Int(state)]
        return p >= 0 ? matches[Int(p)] : nil
    }

    /// The longest phrase starting at token `start` of `tokens`: its end and match.
    func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, from start: Int)
        -> (end: Int, match: PhraseMatch)? {
        var state = Self.root
        var best: (Int, PhraseMatch)? = nil
        var i = start
        while i < tokens.endIndex {
            let token = tokens[i]
            guard let id = tokenID(bytes[token.byteRange]), let next = step(state, id) else { break }
            state = next
            i += 1
            if let m = match(at: state) { best = (i, m) }
        }
        return best
    }
}
