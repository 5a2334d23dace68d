import LesartCore
import LesartTokenization

/// Builds a ``PhraseMatcher`` from phrases given as token byte sequences. When two
/// entries share a phrase, the one added with the lower priority number wins, and an
/// unambiguous reading wins over an ambiguous one.
struct PhraseMatcherBuilder {
    /// Word ids of the phrase tokens, in order of first appearance.
    private(set) var vocabulary: [[UInt8]: Int32] = [:]
    private var words: [[UInt8]] = []
    /// The trie's edges: `state << 32 | word id` → next state.
    private(set) var edges: [UInt64: Int32] = [:]
    /// Per state, the match it completes and its priority.
    private(set) var best: [(match: PhraseMatch, priority: Int)?] = [nil]
    /// Phrases (as text) that more than one entry claims, with the entries: for `lexicon check`.
    private(set) var conflicts: [(phrase: String, kept: PhraseMatch, dropped: PhraseMatch)] = []

    /// The key of the edge from `state` by word `id`.
    static func edge(_ state: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    /// Adds one phrase.
    mutating func add(tokens: [[UInt8]], match: PhraseMatch, priority: Int) {
        guard !tokens.isEmpty else { return }
        var state: Int32 = 0
        for token in tokens {
            let id: Int32
            if let known = vocabulary[token] {
                id = known
            } else {
                id = Int32(words.count)
                vocabulary[token] = id
                words.append(token)
            }
            let key = Self.edge(state, id)
            if let next = edges[key] {
                state = next
            } else {
                let next = Int32(best.count)
                best.append(nil)
                edges[key] = next
                state = next
            }
        }
        let target = Int(state)
        if let current = best[target] {
            guard current.match.entry != match.entry else {
                if current.match.isAmbiguous && !match.isAmbiguous { best[target] = (match, priority) }
                return
            }
            let newWins = (current.match.isAmbiguous && !match.isAmbiguous)
                || (current.match.isAmbiguous == match.isAmbiguous && priority < current.priority)
            if current.match.label != match.label || current.match.form != match.form {
                let phrase = tokens.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                conflicts.append((phrase, newWins ? match : current.match, newWins ? current.match : match))
            }
            if newWins { best[target] = (match, priority) }
        } else {
            best[target] = (match, priority)
        }
    }

    /// The matcher; `listWords` (the tagger's word lists) get word ids after the phrase
    /// words, so one lookup per token serves the trie and every list.
    func build(listWords: [[UInt8]] = []) -> PhraseMatcher {
        var keys = words
        var known = vocabulary
        for word in listWords where known[word] == nil {
            known[word] = Int32(keys.count)
            keys.append(word)
        }
        var rootStates = [Int32](repeating: -1, count: keys.count)
        var hasChildren = [Bool](repeating: false, count: best.count)
        var transitions: [(state: Int32, token: Int32, next: Int32)] = []
        transitions.reserveCapacity(edges.count)
        for (key, next) in edges {
            let state = Int32(truncatingIfNeeded: key >> 32)
            let id = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            hasChildren[Int(state)] = true
            if state == 0 {
                rootStates[Int(id)] = next
            } else {
                transitions.append((state, id, next))
            }
        }
        var matches: [PhraseMatch] = []
        var payloads = [Int32](repeating: -1, count: best.count)
        for (state, value) in best.enumerated() {
            guard let value else { continue }
            payloads[state] = Int32(matches.count)
            matches.append(value.match)
        }
        return PhraseMatcher(words: WordTable(keys: keys), rootStates: rootStates,
                             transitions: TransitionTable(transitions), payloads: payloads,
                             hasChildren: hasChildren, matches: matches)
    }
}
