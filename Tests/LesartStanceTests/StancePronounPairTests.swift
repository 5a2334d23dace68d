import Testing
import Lesart

// Minimal pairs for holders that stand for an earlier actor: pronouns and "das Land"
// across and within sentences, "wir" in a quote, the expletive "es", and sentences read
// only for their subject (the detector reads a sentence's clauses only when it can yield
// a record; the others are read later, for their subject, when a pronoun needs it).
// Each pair differs in its phenomenon only; the expected records are the EXACT set,
// written "Holder→Target label polarity modality" (StancePipeline.records(of:)).

@Suite("Stance pairs: pronoun holders")
struct PronounPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Kasachstan liegt in Zentralasien. Kasachstan kritisiert Russland.",
                    ["Kasachstan→Russland distancing affirmed asserted"],
                    "Kasachstan liegt in Zentralasien. Es kritisiert Russland.",
                    ["Kasachstan→Russland distancing affirmed asserted resolved"]),
        MinimalPair("Ungarn hat gewählt. Ungarn unterstützt nun die Ukraine.",
                    ["Ungarn→Ukraine support affirmed asserted"],
                    "Ungarn hat gewählt. Das Land unterstützt nun die Ukraine.",
                    ["Ungarn→Ukraine support affirmed asserted resolved"]),
        MinimalPair("Moskau rüstet auf. Moskau droht Finnland.", ["Russland→Finnland threat affirmed asserted"],
                    "Moskau rüstet auf. Es droht Finnland.", ["Russland→Finnland threat affirmed asserted resolved"]),
        // A relation record ("verbessert seine Beziehungen zu") marks a resolved holder too.
        MinimalPair("Georgien hat gewählt. Georgien verbessert seine Beziehungen zu Russland.",
                    ["Georgien→Russland support affirmed asserted"],
                    "Georgien hat gewählt. Es verbessert seine Beziehungen zu Russland.",
                    ["Georgien→Russland support affirmed asserted resolved"]),
        // A description of a state ("das Land", "die Regierung") skips a group or organisation
        // named as itself: the Hamas has no "Regierung" here; the last state subject is taken.
        MinimalPair("Kenia griff die Miliz an. Die Regierung kritisierte Frankreich.",
                    ["Kenia→Frankreich distancing affirmed asserted resolved"],
                    "Die Hamas griff Israel an. Die Regierung kritisierte Frankreich.",
                    ["Hamas→Israel threat affirmed asserted"]),
        MinimalPair("Die NATO rüstet auf. Es kritisiert Russland.",
                    ["NATO→Russland distancing affirmed asserted resolved"],
                    "Die NATO rüstet auf. Das Land kritisiert Russland.", []),
        // The pronoun takes the last subject actor, not the last actor.
        MinimalPair("Polen kritisiert Belarus. Polen unterstützt die Ukraine.",
                    ["Polen→Belarus distancing affirmed asserted", "Polen→Ukraine support affirmed asserted"],
                    "Polen kritisiert Belarus. Es unterstützt die Ukraine.",
                    ["Polen→Belarus distancing affirmed asserted", "Polen→Ukraine support affirmed asserted resolved"]),
        MinimalPair("Die Türkei zögerte lange. Die Türkei unterstützt Schweden.",
                    ["Türkei→Schweden support affirmed asserted"],
                    "Die Türkei zögerte lange. Das Land unterstützt Schweden.",
                    ["Türkei→Schweden support affirmed asserted resolved"]),
        MinimalPair("Georgien hat gewählt. Es wendet sich von Russland ab.",
                    ["Georgien→Russland distancing affirmed asserted resolved"],
                    "Georgien hat gewählt. Es wendet sich nicht von Russland ab.",
                    ["Georgien→Russland distancing negated asserted resolved"]),
        MinimalPair("Der Iran rüstet auf. Der Iran bedroht Israel.", ["Iran→Israel threat affirmed asserted"],
                    "Der Iran rüstet auf. Er bedroht Israel.", ["Iran→Israel threat affirmed asserted resolved"]),
        // "wir" in a quote stands for the speaker named with the reporting verb.
        MinimalPair("Scholz sagte, Deutschland werde die Ukraine weiter unterstützen.",
                    ["Deutschland→Ukraine support affirmed reported"],
                    "„Wir werden die Ukraine weiter unterstützen“, sagte Scholz.",
                    ["Deutschland→Ukraine support affirmed reported resolved"]),
        // "Es gibt" has no subject to resolve.
        MinimalPair("Polen übt Kritik an Russland.", ["Polen→Russland distancing affirmed asserted"],
                    "Es gibt Kritik an Russland.", []),
        // A resolved pronoun keeps its antecedent for the next sentence.
        MinimalPair("Kasachstan sucht Partner. Kasachstan kritisiert Russland. Kasachstan unterstützt die Ukraine.",
                    ["Kasachstan→Russland distancing affirmed asserted", "Kasachstan→Ukraine support affirmed asserted"],
                    "Kasachstan sucht Partner. Es kritisiert Russland. Das Land unterstützt die Ukraine.",
                    ["Kasachstan→Russland distancing affirmed asserted resolved",
                     "Kasachstan→Ukraine support affirmed asserted resolved"]),
        MinimalPair("Der Kreml drohte Finnland, nachdem Finnland der NATO beigetreten war.",
                    ["Russland→Finnland threat affirmed asserted", "Finnland→NATO support affirmed asserted"],
                    "Der Kreml drohte Finnland, nachdem das Land der NATO beigetreten war.",
                    ["Russland→Finnland threat affirmed asserted", "Finnland→NATO support affirmed asserted resolved"]),
        // "sie" stands for a feminine actor before a singular verb, not for a plural.
        MinimalPair("Die Türkei kritisierte die PKK. Zugleich griff sie Stellungen der PKK an.",
                    ["Türkei→PKK distancing affirmed asserted", "Türkei→PKK threat affirmed asserted resolved"],
                    "Die Türkei kritisierte die PKK. Danach griffen sie Stellungen der PKK an.",
                    ["Türkei→PKK distancing affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

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
