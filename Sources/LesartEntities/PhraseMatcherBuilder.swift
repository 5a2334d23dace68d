import LesartCore
import LesartTokenization

/// Builds a ``PhraseMatcher`` from phrases given as token byte sequences. When two
/// entries share a phrase, the one added with the lower priority number wins, and an
/// unambiguous reading wins over an ambiguous one.
struct PhraseMatcherBuilder {
    private var vocabulary: [[UInt8]: Int32] = [:]
    private var children: [[Int32: Int32]] = [[:]]
    private var best: [(match: PhraseMatch, priority: Int)?] = [nil]
    /// Phrases (as text) that more than one entry claims, with the entries: for `lexicon check`.
    private(set) var conflicts: [(phrase: String, kept: PhraseMatch, dropped: PhraseMatch)] = []

    /// Adds one phrase.
    mutating func add(tokens: [[UInt8]], match: PhraseMatch, priority: Int) {
        guard !tokens.isEmpty else { return }
        var state = 0
        for token in tokens {
            let id: Int32
            if let known = vocabulary[token] {
                id = known
            } else {
                id = Int32(vocabulary.count)
                vocabulary[token] = id
            }
            if let next = children[state][id] {
                state = Int(next)
            } else {
                let next = Int32(children.count)
                children.append([:])
                best.append(nil)
                children[state][id] = next
                state = Int(next)
            }
        }
        if let current = best[state] {
            guard current.match.entry != match.entry else {
                if current.match.isAmbiguous && !match.isAmbiguous { best[state] = (match, priority) }
                return
            }
            let newWins = (current.match.isAmbiguous && !match.isAmbiguous)
                || (current.match.isAmbiguous == match.isAmbiguous && priority < current.priority)
            let phrase = tokens.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            if current.match.label != match.label || current.match.form != match.form {
                conflicts.append((phrase, newWins ? match : current.match, newWins ? current.match : match))
            }
            if newWins { best[state] = (match, priority) }
        } else {
            best[state] = (match, priority)
        }
    }

    func build() -> PhraseMatcher {
        var transitions: [(state: Int32, token: Int32, next: Int32)] = []
        for (state, edges) in children.enumerated() {
            for (token, next) in edges { transitions.append((Int32(state), token, next)) }
        }
        var matches: [PhraseMatch] = []
        var payloads = [Int32](repeating: -1, count: best.count)
        for (state, value) in best.enumerated() {
            guard let value else { continue }
            payloads[state] = Int32(matches.count)
            matches.append(value.match)
        }
        return PhraseMatcher(
            vocabulary: ByteStringTable(vocabulary.map { ($0.key, $0.value) }),
            transitions: TransitionTable(transitions),
            payloads: payloads,
            matches: matches)
    }
}
