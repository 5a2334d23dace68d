import Testing
import Lesart

// Minimal pairs for clause structure: word order and case, passive, recipient verbs,
// separable verbs and the verb bracket, coordinated actors, relative, subordinate and
// continued clauses, zu-infinitives and their controllers.
// Each pair differs in its phenomenon only; the expected records are the EXACT set,
// written "Holder→Target label polarity modality" (StancePipeline.records(of:)).

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
        MinimalPair("Schweden tritt der NATO bei.", ["Schweden→NATO support affirmed asserted"],
                    "Der NATO tritt Schweden bei.", ["Schweden→NATO support affirmed asserted"]),
        MinimalPair("Finnland kritisiert den Kreml.", ["Finnland→Russland distancing affirmed asserted"],
                    "Den Kreml kritisiert Finnland.", ["Finnland→Russland distancing affirmed asserted"]),
        MinimalPair("Israel droht dem Iran.", ["Israel→Iran threat affirmed asserted"],
                    "Dem Iran droht Israel.", ["Israel→Iran threat affirmed asserted"]),
        MinimalPair("China wirft den USA Einmischung vor.", ["China→Vereinigte Staaten distancing affirmed asserted"],
                    "Den USA wirft China Einmischung vor.", ["China→Vereinigte Staaten distancing affirmed asserted"]),
        MinimalPair("Die EU sagte der Ukraine Hilfe zu.", ["Europäische Union→Ukraine support affirmed asserted"],
                    "Der Ukraine sagte die EU Hilfe zu.", ["Europäische Union→Ukraine support affirmed asserted"]),
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
        MinimalPair("China bedroht Taiwan.", ["China→Taiwan threat affirmed asserted"],
                    "Taiwan wird von China bedroht.", ["China→Taiwan threat affirmed asserted"]),
        MinimalPair("Russland hat Georgien angegriffen.", ["Russland→Georgien threat affirmed asserted"],
                    "Georgien ist von Russland angegriffen worden.", ["Russland→Georgien threat affirmed asserted"]),
        MinimalPair("Die USA beliefern Israel mit Waffen.", ["Vereinigte Staaten→Israel support affirmed asserted"],
                    "Israel wird von den USA mit Waffen beliefert.",
                    ["Vereinigte Staaten→Israel support affirmed asserted"]),
        MinimalPair("Russland greift die Ukraine an.", ["Russland→Ukraine threat affirmed asserted"],
                    "Von Russland wird die Ukraine angegriffen.", ["Russland→Ukraine threat affirmed asserted"]),
        MinimalPair("Die EU unterstützt die Ukraine.", ["Europäische Union→Ukraine support affirmed asserted"],
                    "Die Ukraine wird seitens der EU unterstützt.",
                    ["Europäische Union→Ukraine support affirmed asserted"]),
        MinimalPair("Die NATO kritisiert Russland, weil Aserbaidschan Armenien bedroht.",
                    ["NATO→Russland distancing affirmed asserted", "Aserbaidschan→Armenien threat affirmed asserted"],
                    "Die NATO kritisiert Russland, weil Armenien von Aserbaidschan bedroht wird.",
                    ["NATO→Russland distancing affirmed asserted", "Aserbaidschan→Armenien threat affirmed asserted"]),
        MinimalPair("Russland bedroht Polen.", ["Russland→Polen threat affirmed asserted"],
                    "Polen fühlt sich von Russland bedroht.", ["Russland→Polen threat affirmed asserted"]),
        MinimalPair("Die Ukraine wird von den USA unterstützt.", ["Vereinigte Staaten→Ukraine support affirmed asserted"],
                    "Die Ukraine wird von den USA nicht unterstützt.",
                    ["Vereinigte Staaten→Ukraine support negated asserted"]),
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
        // A separable verb whose particle closes the clause beats the plain verb.
        MinimalPair("Die Türkei schoss auf ein russisches Kampfflugzeug.", ["Türkei→Russland threat affirmed asserted"],
                    "Die Türkei schoss ein russisches Kampfflugzeug ab.", ["Türkei→Russland threat affirmed asserted"]),
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
        MinimalPair("Frankreich unterstützt die Ukraine.", ["Frankreich→Ukraine support affirmed asserted"],
                    "Frankreich, Deutschland und Italien unterstützen die Ukraine.",
                    ["Frankreich→Ukraine support affirmed asserted", "Deutschland→Ukraine support affirmed asserted",
                     "Italien→Ukraine support affirmed asserted"]),
        MinimalPair("Die EU sanktioniert Russland.", ["Europäische Union→Russland distancing affirmed asserted"],
                    "Die EU sanktioniert Russland und Belarus.",
                    ["Europäische Union→Russland distancing affirmed asserted",
                     "Europäische Union→Belarus distancing affirmed asserted"]),
        MinimalPair("China und Indien verurteilen Russland.",
                    ["China→Russland distancing affirmed asserted", "Indien→Russland distancing affirmed asserted"],
                    "Weder China noch Indien verurteilen Russland.",
                    ["China→Russland distancing negated asserted", "Indien→Russland distancing negated asserted"]),
        MinimalPair("Russland greift die Ukraine an.", ["Russland→Ukraine threat affirmed asserted"],
                    "Russland greift die Ukraine an und bedroht Moldau.",
                    ["Russland→Ukraine threat affirmed asserted", "Russland→Republik Moldau threat affirmed asserted"]),
        MinimalPair("Polen unterstützt die Ukraine und kritisiert Ungarn.",
                    ["Polen→Ukraine support affirmed asserted", "Polen→Ungarn distancing affirmed asserted"],
                    "Polen unterstützt die Ukraine, kritisiert aber Ungarn.",
                    ["Polen→Ukraine support affirmed asserted", "Polen→Ungarn distancing affirmed asserted"]),
        MinimalPair("Warschau kritisiert Berlin.", ["Polen→Deutschland distancing affirmed asserted"],
                    "Warschau kritisiert Berlin, Berlin kritisiert Warschau.",
                    ["Polen→Deutschland distancing affirmed asserted", "Deutschland→Polen distancing affirmed asserted"]),
        MinimalPair("Der Iran unterstützt die Huthi und die Hisbollah.",
                    ["Iran→Huthi support affirmed asserted", "Iran→Hisbollah support affirmed asserted"],
                    "Der Iran unterstützt weder die Huthi noch die Hisbollah.",
                    ["Iran→Huthi support negated asserted", "Iran→Hisbollah support negated asserted"]),
        MinimalPair("Polen liefert der Ukraine Waffen.", ["Polen→Ukraine support affirmed asserted"],
                    "Nicht nur Polen, sondern auch Litauen liefert der Ukraine Waffen.",
                    ["Polen→Ukraine support affirmed asserted", "Litauen→Ukraine support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: relative clauses")
struct RelativeClausePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Die USA verurteilen den Iran, der Russland Drohnen lieferte.",
                    ["Vereinigte Staaten→Iran distancing affirmed asserted", "Iran→Russland support affirmed asserted"],
                    "Die USA verurteilen den Iran, dem Russland Drohnen lieferte.",
                    ["Vereinigte Staaten→Iran distancing affirmed asserted", "Russland→Iran support affirmed asserted"]),
        MinimalPair("Der Iran, der Russland Drohnen liefert, droht Israel.",
                    ["Iran→Russland support affirmed asserted", "Iran→Israel threat affirmed asserted"],
                    "Der Iran, dem Russland Drohnen liefert, droht Israel.",
                    ["Russland→Iran support affirmed asserted", "Iran→Israel threat affirmed asserted"]),
        MinimalPair("Polen kritisiert Belarus, das von Russland unterstützt wird.",
                    ["Polen→Belarus distancing affirmed asserted", "Russland→Belarus support affirmed asserted"],
                    "Polen kritisiert Belarus, das die Ukraine bedroht.",
                    ["Polen→Belarus distancing affirmed asserted", "Belarus→Ukraine threat affirmed asserted"]),
        MinimalPair("Russland unterstützt den Iran, der Israel bedroht.",
                    ["Russland→Iran support affirmed asserted", "Iran→Israel threat affirmed asserted"],
                    "Russland unterstützt den Iran, den Israel bedroht.",
                    ["Russland→Iran support affirmed asserted", "Israel→Iran threat affirmed asserted"]),
        MinimalPair("Frankreich lobt Armenien, das sich von Russland abwendet.",
                    ["Frankreich→Armenien support affirmed asserted", "Armenien→Russland distancing affirmed asserted"],
                    "Frankreich lobt Armenien, das sich nicht von Russland abwendet.",
                    ["Frankreich→Armenien support affirmed asserted", "Armenien→Russland distancing negated asserted"]),
        MinimalPair("China, das Russland unterstützt, kritisiert die USA.",
                    ["China→Russland support affirmed asserted", "China→Vereinigte Staaten distancing affirmed asserted"],
                    "China, dem Russland hilft, kritisiert die USA.",
                    ["Russland→China support affirmed asserted", "China→Vereinigte Staaten distancing affirmed asserted"]),
        MinimalPair("Serbien, dem Russland Waffen liefert, kritisiert die EU.",
                    ["Russland→Serbien support affirmed asserted", "Serbien→Europäische Union distancing affirmed asserted"],
                    "Serbien, das Russland Waffen liefert, kritisiert die EU.",
                    ["Serbien→Russland support affirmed asserted", "Serbien→Europäische Union distancing affirmed asserted"]),
        MinimalPair("Litauen, das an Belarus grenzt, kritisiert Russland.",
                    ["Litauen→Russland distancing affirmed asserted"],
                    "Litauen, das von Belarus bedroht wird, kritisiert Russland.",
                    ["Belarus→Litauen threat affirmed asserted", "Litauen→Russland distancing affirmed asserted"]),
        // A relative clause after an enumeration: the whole enumeration is its antecedent and
        // the subject of the resumed main clause.
        MinimalPair("Die USA und die EU unterstützen die Ukraine und verurteilen Russland.",
                    ["Vereinigte Staaten→Ukraine support affirmed asserted", "Europäische Union→Ukraine support affirmed asserted",
                     "Vereinigte Staaten→Russland distancing affirmed asserted",
                     "Europäische Union→Russland distancing affirmed asserted"],
                    "Die USA und die EU, die die Ukraine unterstützen, verurteilen Russland.",
                    ["Vereinigte Staaten→Ukraine support affirmed asserted", "Europäische Union→Ukraine support affirmed asserted",
                     "Vereinigte Staaten→Russland distancing affirmed asserted",
                     "Europäische Union→Russland distancing affirmed asserted"]),
        MinimalPair("Moskau unterstützt Belgrad, das Sanktionen gegen Russland verhängt.",
                    ["Russland→Serbien support affirmed asserted", "Serbien→Russland distancing affirmed asserted"],
                    "Moskau unterstützt Belgrad, das sich weigert, Sanktionen gegen Russland zu verhängen.",
                    ["Russland→Serbien support affirmed asserted", "Serbien→Russland distancing negated asserted"]),
        // A place that is no actor inside a prepositional attribute is skipped: the relative
        // pronoun refers to the noun phrase the attribute follows.
        MinimalPair("Die Türkei griff Stellungen der PKK im Nordirak an, die gegen den IS kämpft.",
                    ["Türkei→PKK threat affirmed asserted", "PKK→Islamischer Staat threat affirmed asserted"],
                    "Die Türkei griff Stellungen der PKK an, die gegen den IS kämpft.",
                    ["Türkei→PKK threat affirmed asserted", "PKK→Islamischer Staat threat affirmed asserted"]),
        MinimalPair("Der moldawische Gesandte in Genf, der Russland Aggression vorwirft, blieb fern.",
                    ["Republik Moldau→Russland distancing affirmed asserted"],
                    "Der moldawische Gesandte, der Russland Aggression vorwirft, blieb fern.",
                    ["Republik Moldau→Russland distancing affirmed asserted"]),
        // A relative clause about a noun cue gives it holder and target.
        MinimalPair("Nordkorea stieß Drohungen gegen Südkorea aus.", ["Nordkorea→Südkorea threat affirmed asserted"],
                    "Es war eine Reihe von Drohungen, die Nordkorea gegen Südkorea ausgestoßen hat.",
                    ["Nordkorea→Südkorea threat affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: subordinate and continued clauses")
struct ContinuedClausePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Polen sagte der Ukraine Hilfe zu, und Ungarn protestierte.",
                    ["Polen→Ukraine support affirmed asserted"],
                    "Weil Polen der Ukraine Hilfe zusagte, protestierte Ungarn.",
                    ["Polen→Ukraine support affirmed asserted"]),
        MinimalPair("Russland erkennt Abchasien an.", ["Russland→Abchasien support affirmed asserted"],
                    "Obwohl Russland Abchasien anerkennt, bleibt die Lage ruhig.",
                    ["Russland→Abchasien support affirmed asserted"]),
        // The main clause resumes after a relative clause with a verb that is no cue.
        MinimalPair("Die Türkei unterhält gute Beziehungen zu Moskau.", ["Türkei→Russland support affirmed asserted"],
                    "Die Türkei, die Mitglied der NATO ist, unterhält gute Beziehungen zu Moskau.",
                    ["Türkei→Russland support affirmed asserted"]),
        // After a comma, article + name + verb is a main clause, not a relative clause.
        MinimalPair("Israel greift den Libanon an, und die Hisbollah feuert Raketen auf Israel.",
                    ["Israel→Libanon threat affirmed asserted", "Hisbollah→Israel threat affirmed asserted"],
                    "Israel greift den Libanon an, die Hisbollah feuert Raketen auf Israel.",
                    ["Israel→Libanon threat affirmed asserted", "Hisbollah→Israel threat affirmed asserted"]),
        MinimalPair("Belgrad erkennt den Kosovo nicht an, Moskau unterstützt Belgrad dabei.",
                    ["Serbien→Kosovo support negated asserted", "Russland→Serbien support affirmed asserted"],
                    "Belgrad erkennt den Kosovo nicht an und wird dabei von Moskau unterstützt.",
                    ["Serbien→Kosovo support negated asserted", "Russland→Serbien support affirmed asserted"]),
        MinimalPair("Peking unterstützt Moskau mit Elektronik.", ["China→Russland support affirmed asserted"],
                    "Peking liefert keine Waffen, unterstützt Moskau aber mit Elektronik.",
                    ["China→Russland support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: zu-infinitives and their controllers")
struct ControlPairs {
    static let pairs: [MinimalPair] = [
        // The accused holds the zu-infinitive, and the accusation is reported.
        MinimalPair("China unterstützt Russland.", ["China→Russland support affirmed asserted"],
                    "Die EU wirft China vor, Russland zu unterstützen.",
                    ["Europäische Union→China distancing affirmed asserted", "China→Russland support affirmed reported"]),
        MinimalPair("China unterstützt Russland nicht.", ["China→Russland support negated asserted"],
                    "Die USA fordern China auf, Russland nicht zu unterstützen.",
                    ["China→Russland support negated intended"]),
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

@Suite("Stance: a text may end in a cue word")
struct TextEndingInCueTests {
    // No final punctuation: the cue is the last token of the document.
    @Test func cueAsLastToken() throws {
        try StancePipeline.check(MinimalPair("Die Ukraine wurde von Russland angegriffen", ["Russland→Ukraine threat affirmed asserted"],
                                             "Russland kritisierte", []))
    }
}
