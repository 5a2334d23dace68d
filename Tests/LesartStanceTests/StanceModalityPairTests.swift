import Testing
import Lesart

// Minimal pairs for modality: hedges, conditions and intentions; reported speech and the
// sources of a report.
// Each pair differs in its phenomenon only; the expected records are the EXACT set,
// written "Holder→Target label polarity modality" (StancePipeline.records(of:)).

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
        MinimalPair("Schweden tritt der NATO bei.", ["Schweden→NATO support affirmed asserted"],
                    "Schweden plant, der NATO beizutreten.", ["Schweden→NATO support affirmed intended"]),
        MinimalPair("Die Türkei greift Syrien an.", ["Türkei→Syrien threat affirmed asserted"],
                    "Die Türkei will Syrien angreifen.", ["Türkei→Syrien threat affirmed intended"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: reported speech and report sources")
struct ReportedSpeechPairs {
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
        // "zufolge" follows its source: the name after it is unmarked, here the subject.
        MinimalPair("Laut Berichten greift Russland die Ukraine an.", ["Russland→Ukraine threat affirmed reported"],
                    "Berichten zufolge greift Russland die Ukraine an.", ["Russland→Ukraine threat affirmed reported"]),
        MinimalPair("China unterstütze Russland nicht, sagte Peking.", ["China→Russland support negated reported"],
                    "China unterstütze Russland, sagte Peking.", ["China→Russland support affirmed reported"]),
        MinimalPair("Der Iran liefert Raketen an Russland.", ["Iran→Russland support affirmed asserted"],
                    "Den Angaben Kiews zufolge liefert der Iran Raketen an Russland.",
                    ["Iran→Russland support affirmed reported"]),
        MinimalPair("Die NATO bedroht Russland.", ["NATO→Russland threat affirmed asserted"],
                    "Dem Kreml zufolge bedroht die NATO Russland.", ["NATO→Russland threat affirmed reported"]),
        MinimalPair("Nordkorea liefert Russland Munition.", ["Nordkorea→Russland support affirmed asserted"],
                    "Nordkorea liefert Russland Munition, sagte Seoul.", ["Nordkorea→Russland support affirmed reported"]),
        MinimalPair("Russland hat erneut Charkiw angegriffen.", ["Russland→Ukraine threat affirmed asserted"],
                    "Wie das Außenministerium in Kiew mitteilte, hat Russland erneut Charkiw angegriffen.",
                    ["Russland→Ukraine threat affirmed reported"]),
        // The source is no argument; a demonym in the object before the participle is the target.
        MinimalPair("Die Ukraine hat russisches Gebiet angegriffen.", ["Ukraine→Russland threat affirmed asserted"],
                    "Nach Darstellung Moskaus hat die Ukraine russisches Gebiet angegriffen.",
                    ["Ukraine→Russland threat affirmed reported"]),
        // "nach eigenen Angaben" is no report source of the name after it.
        MinimalPair("Israel griff Stellungen der Hisbollah an.", ["Israel→Hisbollah threat affirmed asserted"],
                    "Israel griff nach eigenen Angaben Stellungen der Hisbollah an.",
                    ["Israel→Hisbollah threat affirmed reported"]),
        // "erklärt" in "den Krieg erklären" is the cue, not a reporting verb.
        MinimalPair("Russland hat der Ukraine den Krieg erklärt.", ["Russland→Ukraine threat affirmed asserted"],
                    "Moskau erklärte, Russland greife die Ukraine an.", ["Russland→Ukraine threat affirmed reported"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

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
