import Testing
import Lesart

// Minimal pairs for the scope of attributive hedges, membership predicates of agent nouns
// and the words of strained relations (issue: stance on real news). Every sentence is
// written for these tests.

@Suite("Stance pairs: an attributive hedge covers its own noun phrase")
struct AttributiveHedgePairs {
    static let pairs: [MinimalPair] = [
        // The positions are alleged; the attack is asserted.
        MinimalPair("Georgien griff mutmaßliche Stellungen der PKK an.", ["Georgien→PKK threat affirmed asserted"],
                    "Georgien griff mutmaßlich Stellungen der PKK an.", ["Georgien→PKK threat affirmed possible"]),
        // A hedge on the cue noun itself still hedges the record.
        MinimalPair("Die Lieferung Georgiens an Armenien wurde bekannt.", ["Georgien→Armenien support affirmed asserted"],
                    "Die mutmaßliche Lieferung Georgiens an Armenien wurde bekannt.", ["Georgien→Armenien support affirmed possible"]),
        MinimalPair("Die Türkei kritisierte die geplanten Waffenlieferungen Russlands an Syrien.",
                    ["Türkei→Russland distancing affirmed asserted", "Russland→Syrien support affirmed intended"],
                    "Die Türkei kritisierte die Waffenlieferungen Russlands an Syrien.",
                    ["Türkei→Russland distancing affirmed asserted", "Russland→Syrien support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: agent nouns after membership predicates")
struct MembershipPredicatePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Georgien gehört zu den Verbündeten Armeniens.", ["Georgien→Armenien support affirmed asserted"],
                    "Georgien gehört zu den Nachbarn Armeniens.", []),
        MinimalPair("Polen zählt zu den Kritikern Russlands.", ["Polen→Russland distancing affirmed asserted"],
                    "Polen zählt zu den Kritikern.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: words of strained and cooling relations")
struct StrainedRelationWordPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Es gab Misstöne zwischen Georgien und Armenien.", ["Georgien→Armenien distancing affirmed asserted mutual"],
                    "Es gab Gespräche zwischen Georgien und Armenien.", []),
        MinimalPair("Die Beziehungen zwischen Georgien und Armenien kühlen sich ab.", ["Georgien→Armenien distancing affirmed asserted mutual"],
                    "Die Beziehungen zwischen Georgien und Armenien bleiben stabil.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: organs in the genitive, appositions and bracketed names")
struct FirstFieldPairs {
    static let pairs: [MinimalPair] = [
        // The phrase's case is marked before its head: "Der Vertreter der EU" is the subject.
        MinimalPair("Der Vertreter der EU kritisierte Israel.", ["Europäische Union→Israel distancing affirmed asserted"],
                    "Israel kritisierte den Vertreter der EU.", ["Israel→Europäische Union distancing affirmed asserted"]),
        // A noun phrase and its apposition fill the first field; the verb after the comma is theirs.
        MinimalPair("Russlands Präsident, Wladimir Putin, kritisierte Polen.", ["Russland→Polen distancing affirmed asserted"],
                    "Polen kritisierte Russlands Präsidenten Wladimir Putin.", ["Polen→Russland distancing affirmed asserted"]),
        // A name in brackets repeats the one before it: no second argument.
        MinimalPair("Die Arbeiterpartei Kurdistans (PKK) kritisierte die Türkei.", ["PKK→Türkei distancing affirmed asserted"],
                    "Die Arbeiterpartei Kurdistans kritisierte die Türkei.", ["PKK→Türkei distancing affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: what a dass clause, an event noun or 'durch X' supplies")
struct ComplementAndAgentPairs {
    static let pairs: [MinimalPair] = [
        // A verb of judging judges the subject of its dass clause.
        MinimalPair("Die EU kritisierte, dass Israel die Grenze schloss.", ["Europäische Union→Israel distancing affirmed asserted"],
                    "Die EU kritisierte, dass die Grenze geschlossen wurde.", []),
        MinimalPair("Die EU begrüßte, dass Serbien die Grenze öffnete.", ["Europäische Union→Serbien support affirmed asserted"],
                    "Die EU hörte, dass Serbien die Grenze öffnete.", []),
        // The event noun of a "bei" phrase names the agent of a passive.
        MinimalPair("Der IS-Chef wurde bei einem Unfall getötet.", [],
                    "Der IS-Chef wurde bei einem US-Luftangriff getötet.", ["Vereinigte Staaten→Islamischer Staat threat affirmed asserted"],
                    flippedKnownIssueUnderUD: "UD splits the compound (US - Luftangriff): the event noun's actor is "
                        + "read only from a compound part, a genitive, 'von X' or a demonym"),
        MinimalPair("Der IS-Chef wurde bei einem Luftangriff der USA getötet.", ["Vereinigte Staaten→Islamischer Staat threat affirmed asserted"],
                    "Der IS-Chef wurde vor einem Luftangriff der USA gewarnt.", []),
        // "durch X" after the genitive patient is the agent of a noun cue.
        MinimalPair("Die Bombardierung Aleppos durch Russland dauert an.", ["Russland→Syrien threat affirmed asserted"],
                    "Die Bombardierung Aleppos dauert an.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: arrests and requested acts")
struct ArrestAndRequestPairs {
    static let pairs: [MinimalPair] = [
        // An arrest threatens the group its object belongs to, not the home state of a person.
        MinimalPair("Die Türkei nahm zwei Kämpfer der PKK fest.", ["Türkei→PKK threat affirmed asserted"],
                    "Die Türkei nahm zwei deutsche Journalisten fest.", []),
        MinimalPair("Die iranische Polizei hat Anhänger der Terrormiliz IS verhaftet.",
                    ["Iran→Islamischer Staat threat affirmed asserted"],
                    "Die iranische Polizei hat einen Belgier verhaftet.", []),
        // Who demands an act holds it towards its target; the urged party only intends it.
        MinimalPair("Polen forderte die NATO auf, Russland abzuschrecken.",
                    ["NATO→Russland threat affirmed intended", "Polen→Russland threat affirmed asserted"],
                    "Polen warf der NATO vor, Russland abzuschrecken.",
                    ["Polen→NATO distancing affirmed asserted", "NATO→Russland threat affirmed reported"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: one actor on both sides is no relation")
struct SameActorPairs {
    static let pairs: [MinimalPair] = [
        // A leader and the state he acts for.
        MinimalPair("Erdogan kritisierte Griechenland.", ["Türkei→Griechenland distancing affirmed asserted"],
                    "Erdogan kritisierte die Türkei.", []),
        // Two politicians of one state: domestic politics.
        MinimalPair("Seehofer kritisierte Putin.", ["Deutschland→Russland distancing affirmed asserted"],
                    "Seehofer kritisierte Merkel.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: leaders of alliances and organs with a genitive")
struct LeaderAndOrganPairs {
    static let pairs: [MinimalPair] = [
        // An alliance led by X acts for X; a named head acts itself.
        MinimalPair("Eine von Saudi-Arabien geführte Allianz griff die Huthi an.", ["Saudi-Arabien→Huthi threat affirmed asserted"],
                    "Eine von Saudi-Arabien finanzierte Allianz griff die Huthi an.", []),
        MinimalPair("Die von den USA angeführte Koalition bombardierte Stellungen des IS.",
                    ["Vereinigte Staaten→Islamischer Staat threat affirmed asserted"],
                    "Die von den USA angeführte Miliz Hisbollah bombardierte Stellungen des IS.",
                    ["Hisbollah→Islamischer Staat threat affirmed asserted"]),
        // The organ's own actor is no target: the object after the verb is.
        MinimalPair("Die Armee Russlands griff Charkiw an.", ["Russland→Ukraine threat affirmed asserted"],
                    "Die Armee Russlands griff nicht an.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: nouns of ending and demonyms inside a genitive")
struct EndingNounPairs {
    static let pairs: [MinimalPair] = [
        // A noun of ending in the object is what is welcomed, not the end of the welcome.
        MinimalPair("Italien begrüßte Österreichs Verzicht auf Grenzkontrollen.", ["Italien→Österreich support affirmed asserted"],
                    "Italien stellte die Hilfe für Österreich ein.", ["Italien→Österreich distancing affirmed asserted"]),
        // "der österreichischen Regierung" after a noun is its genitive, no subject.
        MinimalPair("Nach der Kritik der österreichischen Regierung griff Italien Libyen an.", ["Italien→Libyen threat affirmed asserted"],
                    "Nach der Kritik griff die österreichische Regierung Libyen an.", ["Österreich→Libyen threat affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
