import Testing
import Lesart

// The detector reads a sentence's clauses only when it can yield a record (a cue and two
// actors, or a pronoun or possessive for an earlier one); the others are read later, and
// only for their subject, when a pronoun needs the antecedent. Each second text of a pair
// needs a sentence that was read that way.

@Suite("Stance pairs: sentences read only for their subject")
struct SubjectOnlyPairs {
    static let pairs: [MinimalPair] = [
        // Two sentences without a cue in a row, the second with a pronoun of its own.
        MinimalPair("Polen unterstützt die Ukraine. Serbien liegt auf dem Balkan. Serbien kritisiert Russland.",
                    ["Polen→Ukraine support affirmed asserted", "Serbien→Russland distancing affirmed asserted"],
                    "Polen unterstützt die Ukraine. Serbien liegt auf dem Balkan. Es grenzt an Ungarn. Es kritisiert Russland.",
                    ["Polen→Ukraine support affirmed asserted", "Serbien→Russland distancing affirmed asserted resolved"]),
        // A cue with a single actor yields no record, but the actor is the next antecedent.
        MinimalPair("Polen unterstützt die Ukraine. Serbien droht. Serbien kritisiert Russland.",
                    ["Polen→Ukraine support affirmed asserted", "Serbien→Russland distancing affirmed asserted"],
                    "Polen unterstützt die Ukraine. Serbien droht. Es kritisiert Russland.",
                    ["Polen→Ukraine support affirmed asserted", "Serbien→Russland distancing affirmed asserted resolved"]),
        // A cue without any actor leaves the antecedent as it was.
        MinimalPair("Polen unterstützt die Ukraine. Die Hilfe kam spät. Es kritisiert Russland.",
                    ["Polen→Ukraine support affirmed asserted", "Polen→Russland distancing affirmed asserted resolved"],
                    "Polen unterstützt die Ukraine. Die Hilfe kam spät. Serbien liegt auf dem Balkan. Es kritisiert Russland.",
                    ["Polen→Ukraine support affirmed asserted", "Serbien→Russland distancing affirmed asserted resolved"]),
        // A sentence without an actor of its own yields records through its pronoun.
        MinimalPair("Russland und China trafen sich in Peking. Das Treffen vertiefte die Zusammenarbeit.", [],
                    "Russland und China trafen sich in Peking. Es vertiefte seine Zusammenarbeit.",
                    ["Russland→China support affirmed asserted mutual"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
