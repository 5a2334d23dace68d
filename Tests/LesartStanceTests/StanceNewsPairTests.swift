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
