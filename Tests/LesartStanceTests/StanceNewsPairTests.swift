import Testing
import Lesart

// Minimal pairs for the error classes of real news: actors versus places and private
// persons, participial attributes, datelines, speech with the speaker after it, evaluations.
// Every sentence is written for these tests.
// Each pair differs in its phenomenon only; the expected records are the EXACT set,
// written "Holder→Target label polarity modality" (StancePipeline.records(of:)).

@Suite("Stance pairs: actors, places and private persons")
struct ActorPlacePairs {
    static let pairs: [MinimalPair] = [
        // A person the roster does not know acts for the state named in the title before the
        // name; without the title it is a private person.
        MinimalPair("Tschechiens Außenminister Lubomír Zaorálek kritisierte Russland.",
                    ["Tschechien→Russland distancing affirmed asserted"],
                    "Lubomír Zaorálek kritisierte Russland.", []),
        // A capital stands for its state; another city is a place.
        MinimalPair("Damaskus droht Ankara.", ["Syrien→Türkei threat affirmed asserted"],
                    "Aleppo droht Ankara.", []),
        // A region holds no stance; as the target of an attack it stands for its state.
        MinimalPair("Russland griff Georgien an.", ["Russland→Georgien threat affirmed asserted"],
                    "Bayern kritisierte Georgien.", []),
        // A person the roster does not know is a private person.
        MinimalPair("Putin kritisierte Polen.", ["Russland→Polen distancing affirmed asserted"],
                    "Hans Obermaier kritisierte Polen.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: participial attributes and datelines")
struct AttributeDatelinePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Die vom Iran unterstützten Huthi-Rebellen griffen Saudi-Arabien an.",
                    ["Iran→Huthi support affirmed asserted", "Huthi→Saudi-Arabien threat affirmed asserted"],
                    "Die Huthi-Rebellen griffen Saudi-Arabien an.", ["Huthi→Saudi-Arabien threat affirmed asserted"]),
        MinimalPair("Die von Russland bedrohte Ukraine bittet die EU um Hilfe.",
                    ["Russland→Ukraine threat affirmed asserted"],
                    "Die Ukraine bittet die EU um Hilfe.", []),
        // A phrase cue needs its noun: "geführt" alone names no war.
        MinimalPair("Die von Russland geführte Allianz tagte in Minsk.", [],
                    "Die von Russland angegriffene Ukraine tagte in Minsk.", ["Russland→Ukraine threat affirmed asserted"]),
        // The place a report was filed from is no subject.
        MinimalPair("Teheran kritisierte die Hamas.", ["Iran→Hamas distancing affirmed asserted"],
                    "Teheran – Die Hamas kritisierte die Fatah.", ["Hamas→Fatah distancing affirmed asserted"]),
        // A verb form between article and noun is an attribute, not the clause's verb.
        MinimalPair("Die USA besetzten Grenada.", ["Vereinigte Staaten→Grenada threat affirmed asserted"],
                    "Die USA kritisierten den Bau in den besetzten Gebieten.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: speech and evaluation")
struct SpeechEvaluationPairs {
    static let pairs: [MinimalPair] = [
        // A title right after a preposition belongs to the prepositional phrase.
        MinimalPair("Die EU verhängte Sanktionen gegen Lukaschenko.", ["Europäische Union→Belarus distancing affirmed asserted"],
                    "Die EU verhängte Sanktionen gegen Machthaber Lukaschenko.",
                    ["Europäische Union→Belarus distancing affirmed asserted"]),
        // A demonym of a person received is no state; of an organ it is.
        MinimalPair("Der argentinische Papst wurde von Präsident Correa empfangen.", [],
                    "Der argentinische Präsident wurde von Präsident Correa empfangen.",
                    ["Ecuador→Argentinien support affirmed asserted"]),
        // "X gilt in/für/bei Y als …": Y's view of X; without Y no one holds it.
        MinimalPair("Die Hamas gilt in Kanada als Terrororganisation.", ["Kanada→Hamas distancing affirmed asserted"],
                    "Die Hamas gilt als Terrororganisation.", []),
        MinimalPair("Chile gilt für Argentinien als Partner.", ["Argentinien→Chile support affirmed asserted"],
                    "Chile gilt als Partner.", []),
        MinimalPair("Die EU kritisierte Russland.", ["Europäische Union→Russland distancing affirmed asserted"],
                    "Russland verletze das Völkerrecht, kritisierte die EU.",
                    ["Europäische Union→Russland distancing affirmed asserted"]),
        MinimalPair("Indien bezeichnete Pakistan als Terrorstaat.", ["Indien→Pakistan distancing affirmed asserted"],
                    "Indien bezeichnete Pakistan nicht als Terrorstaat.", ["Indien→Pakistan distancing negated asserted"]),
        MinimalPair("Frankreich nannte Deutschland einen verlässlichen Partner.",
                    ["Frankreich→Deutschland support affirmed asserted"],
                    "Frankreich nannte Deutschland einen Aggressor.", ["Frankreich→Deutschland distancing affirmed asserted"]),
        MinimalPair("Die USA betrachten den israelischen Siedlungsbau als illegal.",
                    ["Vereinigte Staaten→Israel distancing affirmed asserted"],
                    "Die USA betrachten den israelischen Siedlungsbau als legitim.",
                    ["Vereinigte Staaten→Israel support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: arrests and requested acts")
struct ArrestAndRequestPairs {
    static let pairs: [MinimalPair] = [
        // The urged are no actor: the requester holds the demanded act, the urged would act.
        MinimalPair("Libyen forderte die Verbündeten auf, den IS anzugreifen.",
                    ["Libyen→Islamischer Staat threat affirmed asserted"],
                    "Libyen forderte Ägypten auf, den IS anzugreifen.",
                    ["Ägypten→Islamischer Staat threat affirmed intended", "Libyen→Islamischer Staat threat affirmed asserted"]),
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
        // The led phrase's role is the leader's: as object or prepositional object too.
        MinimalPair("Die Huthi griffen die von Riad geführte Allianz an.", ["Huthi→Saudi-Arabien threat affirmed asserted"],
                    "Die Huthi griffen die von Riad gegründete Allianz an.", []),
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

@Suite("Stance pairs: participles used as attributes")
struct AttributiveParticiplePairs {
    static let pairs: [MinimalPair] = [
        // An adverb between article and participle keeps the participle an attribute.
        MinimalPair("Das Militär des international isolierten Landes Nordkorea drohte Südkorea.",
                    ["Nordkorea→Südkorea threat affirmed asserted"],
                    "Das Militär Nordkoreas isolierte Südkorea.", ["Nordkorea→Südkorea distancing affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
