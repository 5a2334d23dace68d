import LesartCore
import LesartTokenization

/// The resolution step: one mention per token, chosen from the candidates of all rule
/// families by length, then by the priority of their ``CandidateSource``.
extension EntityScan {
    /// One mention per token. At each start the longest candidate wins, and among
    /// candidates of one span the source of the higher ``CandidatePriority`` (listed, then
    /// listed by form, then rule, then guess); a candidate is dropped when a longer one
    /// starts inside it and reaches past its end. The result is sorted by start, without
    /// overlaps.
    static func resolve(_ candidates: inout [EntityCandidate]) -> [EntityCandidate] {
        candidates.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.length != b.length { return a.length > b.length }
            return a.source.priority < b.source.priority
        }
        var selected: [EntityCandidate] = []
        selected.reserveCapacity(candidates.count)
        var covered = 0
        var k = 0
        while k < candidates.count {
            let c = candidates[k]
            k += 1
            guard c.start >= covered else { continue }
            // A longer candidate starting inside this one wins over it (candidates are sorted
            // by start, so only those before `c.end` need a look).
            var overridden = false
            var j = k
            while j < candidates.count, candidates[j].start < c.end {
                if candidates[j].end > c.end && candidates[j].length > c.length {
                    overridden = true
                    break
                }
                j += 1
            }
            if overridden { continue }
            selected.append(c)
            covered = c.end
        }
        return selected
    }
}
