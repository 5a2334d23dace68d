import Testing
import Lesart

// Minimal pairs for clause structure: word order and case, passive, recipient verbs,
// separable verbs and the verb bracket, coordinated actors.

@Suite("Stance pairs: word order and case")
struct WordOrderPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Russland unterstützt den Iran.", ["Russland→Iran support affirmed asserted"],
                    "Den Iran unterstützt Russland.", ["Russland→Iran support affirmed asserted"]),
        MinimalPair("Russland hilft dem Iran.", ["Russland→Iran support affirmed asserted"],
                    "Dem Iran hilft Russland.", ["Russland→Iran support affirmed asserted"]),
        MinimalPair("Der Iran greift den Irak an.", ["Iran→Irak threat affirmed asserted"],
                    "Den Irak greift der Iran an.", ["Iran→Irak threat affirmed asserted"]),
        MinimalPair("Deutschland liefert der Ukraine Panzer.", ["Deutschland→Ukraine support affirmed asserted"],
                    "Der Ukraine liefert Deutschland Panzer.", ["Deutschland→Ukraine support affirmed asserted"]),
        MinimalPair("Schweden wirft der Türkei Erpressung vor.", ["Schweden→Türkei distancing affirmed asserted"],
                    "Der Türkei wirft Schweden Erpressung vor.", ["Schweden→Türkei distancing affirmed asserted"]),
        MinimalPair("Polen unterstützt heute die Ukraine.", ["Polen→Ukraine support affirmed asserted"],
                    "Heute unterstützt Polen die Ukraine.", ["Polen→Ukraine support affirmed asserted"]),
        // Without case marking the first actor is the subject.
        MinimalPair("Polen unterstützt die Ukraine.", ["Polen→Ukraine support affirmed asserted"],
                    "Die Ukraine unterstützt Polen.", ["Ukraine→Polen support affirmed asserted"]),
        MinimalPair("Serbien erkennt den Kosovo nicht an.", ["Serbien→Kosovo support negated asserted"],
                    "Den Kosovo erkennt Serbien nicht an.", ["Serbien→Kosovo support negated asserted"]),
        MinimalPair("Israel droht dem Iran mit Vergeltung.", ["Israel→Iran threat affirmed asserted"],
                    "Der Iran droht Israel mit Vergeltung.", ["Iran→Israel threat affirmed asserted"]),
        MinimalPair("Moskau verurteilt Kiew.", ["Russland→Ukraine distancing affirmed asserted"],
                    "Kiew verurteilt Moskau.", ["Ukraine→Russland distancing affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: passive")
struct PassivePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Der Iran unterstützt Russland.", ["Iran→Russland support affirmed asserted"],
                    "Russland wird vom Iran unterstützt.", ["Iran→Russland support affirmed asserted"]),
        MinimalPair("Die Hisbollah unterstützt die Hamas.", ["Hisbollah→Hamas support affirmed asserted"],
                    "Die Hamas wird von der Hisbollah unterstützt.", ["Hisbollah→Hamas support affirmed asserted"]),
        MinimalPair("Russland griff die Ukraine an.", ["Russland→Ukraine threat affirmed asserted"],
                    "Die Ukraine wurde von Russland angegriffen.", ["Russland→Ukraine threat affirmed asserted"]),
        MinimalPair("Die USA sanktionieren Kuba.", ["Vereinigte Staaten→Kuba distancing affirmed asserted"],
                    "Kuba wird von den USA sanktioniert.", ["Vereinigte Staaten→Kuba distancing affirmed asserted"]),
        MinimalPair("Serbien erkennt den Kosovo nicht an.", ["Serbien→Kosovo support negated asserted"],
                    "Der Kosovo wird von Serbien nicht anerkannt.", ["Serbien→Kosovo support negated asserted"]),
        MinimalPair("Russland schützt Armenien.", ["Russland→Armenien support affirmed asserted"],
                    "Armenien wird durch Russland geschützt.", ["Russland→Armenien support affirmed asserted"]),
        MinimalPair("Aserbaidschan bedroht Armenien.", ["Aserbaidschan→Armenien threat affirmed asserted"],
                    "Armenien wird von Aserbaidschan bedroht.", ["Aserbaidschan→Armenien threat affirmed asserted"]),
        // "in Polen" is a place, not the agent of the passive.
        MinimalPair("Die Ukraine wird von Polen unterstützt.", ["Polen→Ukraine support affirmed asserted"],
                    "Die Ukraine wird auch in Polen unterstützt.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: recipient verbs")
struct RecipientPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Deutschland liefert der Ukraine Panzer.", ["Deutschland→Ukraine support affirmed asserted"],
                    "Die Ukraine erhält Panzer von Deutschland.", ["Deutschland→Ukraine support affirmed asserted"]),
        MinimalPair("Russland bekommt Drohnen aus dem Iran.", ["Iran→Russland support affirmed asserted"],
                    "Der Iran bekommt Drohnen aus Russland.", ["Russland→Iran support affirmed asserted"]),
        MinimalPair("Armenien bekommt Unterstützung aus Frankreich.", ["Frankreich→Armenien support affirmed asserted"],
                    "Armenien bekommt keine Unterstützung aus Frankreich.",
                    ["Frankreich→Armenien support negated asserted"]),
        MinimalPair("Die Hamas erhält Geld aus Katar.", ["Katar→Hamas support affirmed asserted"],
                    "Die Hamas soll Geld aus Katar erhalten.", ["Katar→Hamas support affirmed possible"]),
        MinimalPair("Israel erhält Waffen von den USA.", ["Vereinigte Staaten→Israel support affirmed asserted"],
                    "Israel hat Waffen von den USA erhalten.", ["Vereinigte Staaten→Israel support affirmed asserted"]),
        MinimalPair("Syrien erhielt Hilfe von Russland.", ["Russland→Syrien support affirmed asserted"],
                    "Syrien erhielt nie Hilfe von Russland.", ["Russland→Syrien support negated asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: separable verbs and the verb bracket")
struct SeparableVerbPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Deutschland sagte der Ukraine Hilfe zu.", ["Deutschland→Ukraine support affirmed asserted"],
                    "Deutschland hat der Ukraine Hilfe zugesagt.", ["Deutschland→Ukraine support affirmed asserted"]),
        MinimalPair("Deutschland sagte der Ukraine Hilfe zu.", ["Deutschland→Ukraine support affirmed asserted"],
                    "Deutschland sagte der Ukraine keine Hilfe zu.", ["Deutschland→Ukraine support negated asserted"]),
        MinimalPair("Serbien lehnt die Forderungen des Kosovo ab.", ["Serbien→Kosovo distancing affirmed asserted"],
                    "Serbien lehnt die Forderungen des Kosovo nicht ab.", ["Serbien→Kosovo distancing negated asserted"]),
        MinimalPair("Die Türkei stellt die NATO in Frage.", ["Türkei→NATO distancing affirmed asserted"],
                    "Die Türkei stellt die NATO nicht in Frage.", ["Türkei→NATO distancing negated asserted"]),
        MinimalPair("Polen wirft Belarus Provokationen vor.", ["Polen→Belarus distancing affirmed asserted"],
                    "Polen hat Belarus Provokationen vorgeworfen.", ["Polen→Belarus distancing affirmed asserted"]),
        MinimalPair("Georgien wendet sich von Russland ab.", ["Georgien→Russland distancing affirmed asserted"],
                    "Georgien hat sich von Russland abgewandt.", ["Georgien→Russland distancing affirmed asserted"]),
        MinimalPair("Indien erkennt Taiwan an.", ["Indien→Taiwan support affirmed asserted"],
                    "Indien hat Taiwan anerkannt.", ["Indien→Taiwan support affirmed asserted"]),
        MinimalPair("Russland greift Georgien an.", ["Russland→Georgien threat affirmed asserted"],
                    "Russland griff Georgien im August an.", ["Russland→Georgien threat affirmed asserted"]),
        // Without its particle "greift" is no attack.
        MinimalPair("Die Türkei greift Syrien an.", ["Türkei→Syrien threat affirmed asserted"],
                    "Die Türkei greift in Syrien durch.", []),
        MinimalPair("Frankreich sichert Armenien Hilfe zu.", ["Frankreich→Armenien support affirmed asserted"],
                    "Frankreich hat Armenien Hilfe zugesichert.",
                    ["Frankreich→Armenien support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: coordinated actors")
struct CoordinationPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Russland unterstützt Serbien.", ["Russland→Serbien support affirmed asserted"],
                    "Russland und Belarus unterstützen Serbien.",
                    ["Russland→Serbien support affirmed asserted", "Belarus→Serbien support affirmed asserted"]),
        MinimalPair("Frankreich unterstützt Armenien.", ["Frankreich→Armenien support affirmed asserted"],
                    "Frankreich unterstützt Armenien und Georgien.",
                    ["Frankreich→Armenien support affirmed asserted", "Frankreich→Georgien support affirmed asserted"]),
        MinimalPair("Polen kritisiert Belarus.", ["Polen→Belarus distancing affirmed asserted"],
                    "Polen und Litauen kritisieren Belarus und Russland.",
                    ["Polen→Belarus distancing affirmed asserted", "Polen→Russland distancing affirmed asserted",
                     "Litauen→Belarus distancing affirmed asserted", "Litauen→Russland distancing affirmed asserted"]),
        MinimalPair("Die USA sanktionieren Russland.", ["Vereinigte Staaten→Russland distancing affirmed asserted"],
                    "Die USA, Kanada und Japan sanktionieren Russland.",
                    ["Vereinigte Staaten→Russland distancing affirmed asserted",
                     "Kanada→Russland distancing affirmed asserted", "Japan→Russland distancing affirmed asserted"]),
        MinimalPair("Polen liefert der Ukraine Waffen.", ["Polen→Ukraine support affirmed asserted"],
                    "Sowohl Polen als auch Litauen liefern der Ukraine Waffen.",
                    ["Polen→Ukraine support affirmed asserted", "Litauen→Ukraine support affirmed asserted"]),
        MinimalPair("Russland greift die Ukraine an.", ["Russland→Ukraine threat affirmed asserted"],
                    "Russland greift die Ukraine und Georgien an.",
                    ["Russland→Ukraine threat affirmed asserted", "Russland→Georgien threat affirmed asserted"]),
        MinimalPair("Die Ukraine wird von Polen unterstützt.", ["Polen→Ukraine support affirmed asserted"],
                    "Die Ukraine wird von Polen und Estland unterstützt.",
                    ["Polen→Ukraine support affirmed asserted", "Estland→Ukraine support affirmed asserted"]),
        MinimalPair("Die EU sanktioniert Belarus.", ["Europäische Union→Belarus distancing affirmed asserted"],
                    "Die EU sanktioniert Belarus, unterstützt aber Moldau.",
                    ["Europäische Union→Belarus distancing affirmed asserted",
                     "Europäische Union→Republik Moldau support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
