import Testing
import Lesart

// Minimal pairs for polarity: negation and its scope, and cessation (an ended support is
// distancing).
// Each pair differs in its phenomenon only; the expected records are the EXACT set,
// written "Holder→Target label polarity modality" (StancePipeline.records(of:)).

@Suite("Stance pairs: negation")
struct NegationPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Russland unterstützt den Iran.", ["Russland→Iran support affirmed asserted"],
                    "Russland unterstützt den Iran nicht.", ["Russland→Iran support negated asserted"]),
        MinimalPair("China liefert Russland Waffen.", ["China→Russland support affirmed asserted"],
                    "China liefert Russland keine Waffen.", ["China→Russland support negated asserted"]),
        MinimalPair("Moskau hat Teheran stets unterstützt.", ["Russland→Iran support affirmed asserted"],
                    "Moskau hat Teheran nie unterstützt.", ["Russland→Iran support negated asserted"]),
        MinimalPair("Deutschland und Frankreich unterstützen die Türkei.",
                    ["Deutschland→Türkei support affirmed asserted", "Frankreich→Türkei support affirmed asserted"],
                    "Weder Deutschland noch Frankreich unterstützen die Türkei.",
                    ["Deutschland→Türkei support negated asserted", "Frankreich→Türkei support negated asserted"]),
        MinimalPair("Indien unterstützt Russland und die Ukraine.",
                    ["Indien→Russland support affirmed asserted", "Indien→Ukraine support affirmed asserted"],
                    "Indien unterstützt weder Russland noch die Ukraine.",
                    ["Indien→Russland support negated asserted", "Indien→Ukraine support negated asserted"]),
        MinimalPair("Die Türkei kritisiert Israel und unterstützt die Hamas.",
                    ["Türkei→Israel distancing affirmed asserted", "Türkei→Hamas support affirmed asserted"],
                    "Die Türkei kritisiert Israel, ohne die Hamas zu unterstützen.",
                    ["Türkei→Israel distancing affirmed asserted", "Türkei→Hamas support negated asserted"]),
        MinimalPair("Die USA sind mit sich selbst beschäftigt und leisten der Ukraine Hilfe.",
                    ["Vereinigte Staaten→Ukraine support affirmed asserted"],
                    "Die USA sind zu sehr mit sich selbst beschäftigt, um der Ukraine Hilfe zu leisten.",
                    ["Vereinigte Staaten→Ukraine support negated asserted"]),
        MinimalPair("Die Hilfe Deutschlands für die Ukraine wird gelobt.",
                    ["Deutschland→Ukraine support affirmed asserted"],
                    "Die mangelnde Hilfe Deutschlands für die Ukraine wird kritisiert.",
                    ["Deutschland→Ukraine support negated asserted"]),
        MinimalPair("Serbien erkennt den Kosovo an.", ["Serbien→Kosovo support affirmed asserted"],
                    "Serbien erkennt den Kosovo nicht an.", ["Serbien→Kosovo support negated asserted"]),
        MinimalPair("Polen kritisiert Ungarn.", ["Polen→Ungarn distancing affirmed asserted"],
                    "Polen kritisiert Ungarn nicht.", ["Polen→Ungarn distancing negated asserted"]),
        MinimalPair("Russland greift die Ukraine an.", ["Russland→Ukraine threat affirmed asserted"],
                    "Russland greift die Ukraine nicht an.", ["Russland→Ukraine threat negated asserted"]),
        // Scope: "nicht nur … sondern auch" is no negation; a negated verb in a relative
        // clause does not negate the main clause; "nicht" on "wirken" leaves the sanctions.
        MinimalPair("Russland unterstützt Syrien und den Iran.",
                    ["Russland→Syrien support affirmed asserted", "Russland→Iran support affirmed asserted"],
                    "Russland unterstützt nicht nur Syrien, sondern auch den Iran.",
                    ["Russland→Syrien support affirmed asserted", "Russland→Iran support affirmed asserted"]),
        MinimalPair("Polen, das zur Eurozone gehört, unterstützt die Ukraine.",
                    ["Polen→Ukraine support affirmed asserted"],
                    "Polen, das nicht zur Eurozone gehört, unterstützt die Ukraine.",
                    ["Polen→Ukraine support affirmed asserted"]),
        MinimalPair("Die Sanktionen der EU gegen Russland wirken.",
                    ["Europäische Union→Russland distancing affirmed asserted"],
                    "Die Sanktionen der EU gegen Russland wirken nicht.",
                    ["Europäische Union→Russland distancing affirmed asserted"]),
        MinimalPair("Ungarn hilft Russland.", ["Ungarn→Russland support affirmed asserted"],
                    "Ungarn ist nicht bereit, Russland zu helfen.", ["Ungarn→Russland support negated asserted"]),
        MinimalPair("Es gibt Hinweise, dass China Russland Waffen liefert.", ["China→Russland support affirmed possible"],
                    "Es gibt keine Hinweise, dass China Russland Waffen liefert.",
                    ["China→Russland support negated possible"]),
        MinimalPair("Der Iran hat Drohnen an Russland geliefert.", ["Iran→Russland support affirmed asserted"],
                    "Die Regierung in Teheran bestreitet, Drohnen an Russland geliefert zu haben.",
                    ["Iran→Russland support negated asserted"]),
        // The negation of the verb does not reach a noun cue with a holder of its own.
        MinimalPair("Indien hat den russischen Angriff auf die Ukraine verurteilt.",
                    ["Indien→Russland distancing affirmed asserted", "Russland→Ukraine threat affirmed asserted"],
                    "Indien hat den russischen Angriff auf die Ukraine nie verurteilt.",
                    ["Indien→Russland distancing negated asserted", "Russland→Ukraine threat affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: cessation is distancing")
struct CessationPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Ungarn unterstützt die Ukraine nicht.", ["Ungarn→Ukraine support negated asserted"],
                    "Ungarn unterstützt die Ukraine nicht mehr.", ["Ungarn→Ukraine distancing affirmed asserted"]),
        MinimalPair("Russland liefert keine Waffen an Syrien.", ["Russland→Syrien support negated asserted"],
                    "Russland liefert keine Waffen mehr an Syrien.", ["Russland→Syrien distancing affirmed asserted"]),
        MinimalPair("Deutschland setzt die Waffenlieferungen an Israel fort.",
                    ["Deutschland→Israel support affirmed asserted"],
                    "Deutschland stellt die Waffenlieferungen an Israel ein.",
                    ["Deutschland→Israel distancing affirmed asserted"]),
        MinimalPair("Die USA sichern der Ukraine Unterstützung zu.",
                    ["Vereinigte Staaten→Ukraine support affirmed asserted"],
                    "Die USA entziehen der Ukraine die Unterstützung.",
                    ["Vereinigte Staaten→Ukraine distancing affirmed asserted"]),
        MinimalPair("Katar verstärkt seine Unterstützung für die Hamas.", ["Katar→Hamas support affirmed asserted"],
                    "Katar beendet seine Unterstützung für die Hamas.", ["Katar→Hamas distancing affirmed asserted"]),
        MinimalPair("Frankreich kooperiert mit Mali.", ["Frankreich→Mali support affirmed asserted"],
                    "Frankreich kooperiert nicht länger mit Mali.", ["Frankreich→Mali distancing affirmed asserted"]),
        MinimalPair("Die Militärhilfe der USA für Israel steigt.",
                    ["Vereinigte Staaten→Israel support affirmed asserted"],
                    "Die Militärhilfe der USA für Israel wird eingestellt.",
                    ["Vereinigte Staaten→Israel distancing affirmed asserted"]),
        MinimalPair("Japan hilft Taiwan weiterhin.", ["Japan→Taiwan support affirmed asserted"],
                    "Japan hilft Taiwan nicht mehr.", ["Japan→Taiwan distancing affirmed asserted"]),
        MinimalPair("Deutschland setzt die Waffenlieferungen an Saudi-Arabien fort.",
                    ["Deutschland→Saudi-Arabien support affirmed asserted"],
                    "Deutschland stoppt die Waffenlieferungen an Saudi-Arabien.",
                    ["Deutschland→Saudi-Arabien distancing affirmed asserted"]),
        MinimalPair("Großbritannien erhöht die Hilfe für Afghanistan.",
                    ["Vereinigtes Königreich→Afghanistan support affirmed asserted"],
                    "Großbritannien stellt die Hilfe für Afghanistan ein.",
                    ["Vereinigtes Königreich→Afghanistan distancing affirmed asserted"]),
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
