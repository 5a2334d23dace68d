import Testing
import Lesart

// Minimal pairs for the error classes of real news (issue: stance on real news): targets
// through what belongs to them, actors versus places and private persons, participial
// attributes, datelines, speech with the speaker after it, evaluations, light verbs.
// Every sentence is written for these tests.

@Suite("Stance pairs: targets through what belongs to them")
struct PossessionPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Die Türkei fliegt Luftangriffe gegen die PKK.", ["Türkei→PKK threat affirmed asserted"],
                    "Die Türkei fliegt Luftangriffe gegen Stellungen der PKK.", ["Türkei→PKK threat affirmed asserted"]),
        MinimalPair("Georgien griff die Miliz IS an.", ["Georgien→Islamischer Staat threat affirmed asserted"],
                    "Georgien griff Lager der Miliz IS an.", ["Georgien→Islamischer Staat threat affirmed asserted"]),
        MinimalPair("Frankreich kritisierte Ungarn.", ["Frankreich→Ungarn distancing affirmed asserted"],
                    "Frankreich kritisierte den Umgang Ungarns mit Flüchtlingen.",
                    ["Frankreich→Ungarn distancing affirmed asserted"]),
        // A possessed name is no subject: "Stellungen des IS" do not attack.
        MinimalPair("Der IS griff Syrien an.", ["Islamischer Staat→Syrien threat affirmed asserted"],
                    "Stellungen des IS in Syrien wurden angegriffen.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: actors, places and private persons")
struct ActorEligibilityPairs {
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
struct AttributePairs {
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

@Suite("Stance pairs: light verbs with a noun cue")
struct LightVerbPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Frankreich übt scharfe Kritik an Ungarn.", ["Frankreich→Ungarn distancing affirmed asserted"],
                    "Frankreich übt keine Kritik an Ungarn.", ["Frankreich→Ungarn distancing negated asserted"]),
        MinimalPair("Die EU verhängt neue Sanktionen gegen Belarus.", ["Europäische Union→Belarus distancing affirmed asserted"],
                    "Die EU hebt die Sanktionen gegen Belarus auf.",
                    ["Europäische Union→Belarus distancing negated asserted"]),
        MinimalPair("Japan leistet der Ukraine humanitäre Hilfe.", ["Japan→Ukraine support affirmed asserted"],
                    "Japan leistet der Ukraine keine Hilfe.", ["Japan→Ukraine support negated asserted"]),
        MinimalPair("Die Türkei führt Luftangriffe gegen die PKK durch.", ["Türkei→PKK threat affirmed asserted"],
                    "Die Türkei führt keine Luftangriffe gegen die PKK durch.", ["Türkei→PKK threat negated asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: clause structure of news sentences")
struct NewsClausePairs {
    static let pairs: [MinimalPair] = [
        // A relative clause about a noun cue gives it holder and target.
        MinimalPair("Nordkorea stieß Drohungen gegen Südkorea aus.", ["Nordkorea→Südkorea threat affirmed asserted"],
                    "Es war eine Reihe von Drohungen, die Nordkorea gegen Südkorea ausgestoßen hat.",
                    ["Nordkorea→Südkorea threat affirmed asserted"]),
        // A support noun in a "mit" phrase: its own actor supports the subject.
        MinimalPair("Die USA fliegen Luftangriffe gegen den IS.", ["Vereinigte Staaten→Islamischer Staat threat affirmed asserted"],
                    "Die USA fliegen mit Unterstützung Frankreichs Luftangriffe gegen den IS.",
                    ["Vereinigte Staaten→Islamischer Staat threat affirmed asserted",
                     "Frankreich→Vereinigte Staaten support affirmed asserted"]),
        // A separable verb whose particle closes the clause beats the plain verb.
        MinimalPair("Die Türkei schoss auf ein russisches Kampfflugzeug.", ["Türkei→Russland threat affirmed asserted"],
                    "Die Türkei schoss ein russisches Kampfflugzeug ab.", ["Türkei→Russland threat affirmed asserted"]),
        // "nach eigenen Angaben" is no report source of the name after it.
        MinimalPair("Israel griff Stellungen der Hisbollah an.", ["Israel→Hisbollah threat affirmed asserted"],
                    "Israel griff nach eigenen Angaben Stellungen der Hisbollah an.",
                    ["Israel→Hisbollah threat affirmed reported"]),
        // A verb form between article and noun is an attribute, not the clause's verb.
        MinimalPair("Die USA besetzten Grenada.", ["Vereinigte Staaten→Grenada threat affirmed asserted"],
                    "Die USA kritisierten den Bau in den besetzten Gebieten.", []),
        // A demonym object stands for its state only before an organ or an act of the state.
        MinimalPair("Die EU-Kommission wies einen britischen Pressebericht zurück.", [],
                    "Die EU-Kommission wies die britische Regierung zurück.",
                    ["Europäische Union→Vereinigtes Königreich distancing affirmed asserted"]),
        // Strained relations named without "zwischen" need "mit" for the other side.
        MinimalPair("Polen beklagt den Konflikt mit Russland.", ["Polen→Russland distancing affirmed asserted"],
                    "Der Konflikt verschärft sich und Polen fordert Schutz durch die NATO.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
