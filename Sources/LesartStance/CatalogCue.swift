/// What the `cue` index of a record names in the lexicon's catalog (``StanceLexicon/lemma(of:)``):
/// the indices run over the cues of `cues.tsv`, then the one entry of the relation words
/// (lemma `Beziehungen`), then the evaluation words of `evaluations.tsv`. The indices are
/// the JSONL contract's `cue.lemma` lookup, so their order does not change.
enum CatalogCue: Equatable {
    /// A cue of `cues.tsv`, by its index in ``StanceLexicon/cues``.
    case entry(Int32)
    /// The relation words of `relations.tsv` (``StanceRule/relation``, ``StanceRule/tension``):
    /// one catalog entry for all, lemma `Beziehungen`.
    case relation
    /// An evaluation word, by its index in ``StanceLexicon/evaluations``.
    case evaluation(Int32)

    /// The lemma of the relation entry.
    static let relationLemma = "Beziehungen"

    /// The catalog index, with `cueCount` cues before the relation entry.
    func index(cueCount: Int) -> UInt32 {
        switch self {
        case .entry(let k): UInt32(k)
        case .relation: UInt32(cueCount)
        case .evaluation(let k): UInt32(cueCount + 1 + Int(k))
        }
    }

    /// The entry at catalog index `index`, if there is one.
    init?(index: UInt32, cueCount: Int, evaluationCount: Int) {
        let k = Int(index)
        if k < cueCount {
            self = .entry(Int32(k))
        } else if k == cueCount {
            self = .relation
        } else if k - cueCount - 1 < evaluationCount {
            self = .evaluation(Int32(k - cueCount - 1))
        } else {
            return nil
        }
    }
}
