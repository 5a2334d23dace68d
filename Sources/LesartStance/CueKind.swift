/// Part of speech of a cue (column POS of `cues.tsv`).
enum CueKind: String, Sendable {
    case verb, noun, adj, phrase
}
