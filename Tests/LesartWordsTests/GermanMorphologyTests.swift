import Testing
import LesartWords

/// The one German morphology of the gazetteer and the stance lexicon: names, demonym
/// adjectives, nouns and weak verbs.
@Suite("German morphology")
struct GermanMorphologyTests {
    @Test("genitive and adjectival forms of one-word names", arguments: [
        ("Russland", ["Russland", "Russlands", "Russlandes"]),
        ("Moskau", ["Moskau", "Moskaus"]),
        ("Iran", ["Iran", "Irans"]),
        ("Paris", ["Paris", "Paris'"]),
        ("Haus", ["Haus", "Hauses", "Haus'"]),
        ("Linke", ["Linke", "Linkes", "Linken"]),
        ("Kreml", ["Kreml", "Kremls"]),
        ("G7", ["G7"]),
    ])
    func oneWord(base: String, expected: [String]) {
        #expect(GermanMorphology.nameForms(base) == expected)
    }

    @Test("declined adjectives in multi-word names")
    func multiWord() {
        let forms = Set(GermanMorphology.nameForms("Vereinigte Staaten"))
        for form in ["Vereinigte Staaten", "Vereinigten Staaten", "Vereinigten Staatens"] { #expect(forms.contains(form)) }
        let east = Set(GermanMorphology.nameForms("Naher Osten"))
        for form in ["Naher Osten", "Nahen Osten", "Nahe Osten", "Nahen Ostens"] { #expect(east.contains(form)) }
        let house = Set(GermanMorphology.nameForms("Weißes Haus"))
        for form in ["Weißes Haus", "Weißen Haus", "Weiße Haus", "Weißen Hauses"] { #expect(house.contains(form)) }
        let union = Set(GermanMorphology.nameForms("Europäische Union"))
        #expect(union.contains("Europäischen Union"))
        // Short words are not treated as adjectives: "Den Haag" keeps "Den".
        #expect(!GermanMorphology.nameForms("Den Haag").contains("De Haag"))
    }

    @Test("demonym adjectives in every declension, lowercase and capitalised")
    func adjectives() {
        let forms = GermanMorphology.adjectiveFormsInBothCases("russisch")
        #expect(forms == ["russisch", "Russisch", "russische", "Russische", "russischen", "Russischen",
                          "russischer", "Russischer", "russisches", "Russisches", "russischem", "Russischem"])
        #expect(GermanMorphology.adjectiveFormsInBothCases("französisch").contains("Französischen"))
        #expect(GermanMorphology.adjectiveFormsInBothCases("us-amerikanisch").contains("Us-amerikanische") == true)
    }

    @Test("noun plurals and genitives by ending", arguments: [
        ("Kritik", ["Kritik", "Kritiks", "Kritikes", "Kritike", "Kritiken", "Kritikn"]),
        ("Lieferung", ["Lieferung", "Lieferungen"]),
        ("Sanktion", ["Sanktion", "Sanktionen"]),
        ("Unterstützer", ["Unterstützer", "Unterstützers", "Unterstützern", "Unterstützerin", "Unterstützerinnen"]),
        ("Drohne", ["Drohne", "Drohnen"]),
    ])
    func nouns(lemma: String, expected: [String]) {
        #expect(GermanMorphology.nounForms(lemma) == expected)
    }

    @Test("weak verb paradigm with and without ge- and particle")
    func verbs() {
        let liefern = GermanMorphology.verbForms(base: "liefern", particle: nil)
        #expect(liefern.map(\.word) == ["liefere", "lieferst", "liefert", "liefern", "lieferte", "lieferten",
                                        "liefertest", "liefertet", "liefere", "geliefert", "liefern"])
        #expect(liefern.filter { $0.kind == .participle }.map(\.word) == ["geliefert"])
        #expect(!liefern.contains { $0.particleApart })
        // Inseparable prefix: no ge-; a stem in -t takes -e- before the ending.
        let verurteilen = GermanMorphology.verbForms(base: "verurteilen", particle: nil)
        #expect(verurteilen.contains { $0.word == "verurteilt" && $0.kind == .participle })
        #expect(verurteilen.contains { $0.word == "verurteilte" && $0.kind == .finite })
        #expect(GermanMorphology.verbForms(base: "kritisieren", particle: nil).contains { $0.word == "kritisiert" && $0.kind == .participle })
        // Separable particle: finite forms stand apart from it, the rest are joined.
        let zusagen = GermanMorphology.verbForms(base: "sagen", particle: "zu")
        #expect(zusagen.contains { $0.word == "sagt" && $0.kind == .finite && $0.particleApart })
        #expect(zusagen.contains { $0.word == "zugesagt" && $0.kind == .participle && !$0.particleApart })
        #expect(zusagen.contains { $0.word == "zuzusagen" && $0.kind == .infinitive })
        #expect(GermanMorphology.verbStem("wandeln") == "wandel")
    }

    @Test("adjective forms and endings")
    func adjectiveEndings() {
        #expect(GermanMorphology.adjectiveForms("feindlich") == ["feindlich", "feindliche", "feindlichen", "feindlicher",
                                                                "feindliches", "feindlichem"])
        #expect(Set(GermanMorphology.adjectiveEndings) == Set(GermanMorphology.adjectiveEndingsLongestFirst))
        let lengths = GermanMorphology.adjectiveEndingsLongestFirst.map(\.count)
        #expect(lengths == lengths.sorted(by: >))
    }
}
