import Testing
import Lesart

// Minimal pairs for polarity and modality: the second sentence of each pair flips exactly
// one phenomenon of the first. Expected records are the EXACT set, written
// "Holder→Target label polarity modality" (see StancePipeline.records(of:)).

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
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: possible, conditional, intended")
struct ModalityPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("China liefert Russland Waffen.", ["China→Russland support affirmed asserted"],
                    "China könnte Russland Waffen liefern.", ["China→Russland support affirmed possible"]),
        MinimalPair("Nordkorea liefert Russland Munition.", ["Nordkorea→Russland support affirmed asserted"],
                    "Nordkorea dürfte Russland Munition liefern.", ["Nordkorea→Russland support affirmed possible"]),
        MinimalPair("Der Iran hat Russland Raketen geliefert.", ["Iran→Russland support affirmed asserted"],
                    "Der Iran soll Russland Raketen geliefert haben.", ["Iran→Russland support affirmed possible"]),
        MinimalPair("Nordkorea liefert Munition an Russland.", ["Nordkorea→Russland support affirmed asserted"],
                    "Angeblich liefert Nordkorea Munition an Russland.", ["Nordkorea→Russland support affirmed possible"]),
        MinimalPair("Der Iran unterstützt die Hisbollah.", ["Iran→Hisbollah support affirmed asserted"],
                    "Mutmaßlich unterstützt der Iran die Hisbollah.", ["Iran→Hisbollah support affirmed possible"]),
        MinimalPair("Belarus greift Litauen an.", ["Belarus→Litauen threat affirmed asserted"],
                    "Belarus könnte Litauen angreifen.", ["Belarus→Litauen threat affirmed possible"]),
        MinimalPair("Weil Russland die Ukraine angreift, reagiert die NATO.",
                    ["Russland→Ukraine threat affirmed asserted"],
                    "Falls Russland die Ukraine angreift, reagiert die NATO.",
                    ["Russland→Ukraine threat affirmed conditional"]),
        MinimalPair("China liefert Russland Waffen, und es gibt Sanktionen.",
                    ["China→Russland support affirmed asserted"],
                    "Sollte China Russland Waffen liefern, gibt es Sanktionen.",
                    ["China→Russland support affirmed conditional"]),
        MinimalPair("Als Serbien den Kosovo angriff, griff die NATO ein.",
                    ["Serbien→Kosovo threat affirmed asserted"],
                    "Wenn Serbien den Kosovo angreift, greift die NATO ein.",
                    ["Serbien→Kosovo threat affirmed conditional"]),
        MinimalPair("Ungarn blockiert die Ukraine, und die EU protestiert.",
                    ["Ungarn→Ukraine threat affirmed asserted"],
                    "Falls Ungarn die Ukraine blockiert, protestiert die EU.",
                    ["Ungarn→Ukraine threat affirmed conditional"]),
        MinimalPair("Serbien unterstützt Russland.", ["Serbien→Russland support affirmed asserted"],
                    "Serbien will Russland unterstützen.", ["Serbien→Russland support affirmed intended"]),
        MinimalPair("Die Türkei liefert Aserbaidschan Drohnen.", ["Türkei→Aserbaidschan support affirmed asserted"],
                    "Die Türkei plant, Aserbaidschan Drohnen zu liefern.",
                    ["Türkei→Aserbaidschan support affirmed intended"]),
        MinimalPair("Japan hilft Taiwan.", ["Japan→Taiwan support affirmed asserted"],
                    "Japan möchte Taiwan helfen.", ["Japan→Taiwan support affirmed intended"]),
        MinimalPair("Serbien will Russland unterstützen.", ["Serbien→Russland support affirmed intended"],
                    "Serbien will Russland nicht unterstützen.", ["Serbien→Russland support negated intended"]),
        MinimalPair("Finnland tritt der NATO bei.", ["Finnland→NATO support affirmed asserted"],
                    "Finnland beabsichtigt, der NATO beizutreten.", ["Finnland→NATO support affirmed intended"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: reported speech")
struct ReportedPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Der Iran liefert Drohnen an Russland.", ["Iran→Russland support affirmed asserted"],
                    "Laut Kiew liefert der Iran Drohnen an Russland.", ["Iran→Russland support affirmed reported"]),
        MinimalPair("Die Türkei unterstützt Aserbaidschan.", ["Türkei→Aserbaidschan support affirmed asserted"],
                    "Dem Kreml zufolge unterstützt die Türkei Aserbaidschan.",
                    ["Türkei→Aserbaidschan support affirmed reported"]),
        // Without "zufolge" the dative is the recipient, not the speaker.
        MinimalPair("Der Ukraine liefert der Iran Drohnen.", ["Iran→Ukraine support affirmed asserted"],
                    "Der Ukraine zufolge liefert der Iran Russland Drohnen.",
                    ["Iran→Russland support affirmed reported"]),
        MinimalPair("Der Iran liefert Russland Drohnen.", ["Iran→Russland support affirmed asserted"],
                    "Der Iran liefere Russland Drohnen.", ["Iran→Russland support affirmed reported"]),
        MinimalPair("Selenskyj sagte, der Iran liefert Drohnen an Russland.",
                    ["Iran→Russland support affirmed reported"],
                    "Selenskyj sagte, der Iran liefere Drohnen an Russland.",
                    ["Iran→Russland support affirmed reported"]),
        MinimalPair("Nordkorea schickt Soldaten nach Russland.", ["Nordkorea→Russland support affirmed asserted"],
                    "Nach Angaben Südkoreas schickt Nordkorea Soldaten nach Russland.",
                    ["Nordkorea→Russland support affirmed reported"]),
        MinimalPair("Belarus bedroht Polen.", ["Belarus→Polen threat affirmed asserted"],
                    "Warschau zufolge bedroht Belarus Polen.", ["Belarus→Polen threat affirmed reported"]),
        MinimalPair("China unterstütze Russland nicht, sagte Peking.", ["China→Russland support negated reported"],
                    "China unterstütze Russland, sagte Peking.", ["China→Russland support affirmed reported"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
