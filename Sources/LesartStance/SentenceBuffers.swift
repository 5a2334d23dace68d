/// The arrays one sentence's analysis fills: its clauses, the mentions of each clause, and
/// the cues of the clause at hand. A scan keeps them from sentence to sentence, so they
/// allocate only while they grow.
struct SentenceBuffers {
    var clauses: [Clause] = []
    /// The mentions of clause `k` at index `k`; lists past the sentence's clauses are left
    /// over from longer sentences.
    var mentions: [[Mention]] = []
    /// Per clause: it is a relative clause.
    var relative: [Bool] = []
    var cues: [CueOccurrence] = []
}
