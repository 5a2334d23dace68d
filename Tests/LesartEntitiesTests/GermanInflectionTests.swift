import Testing
@testable import LesartEntities

/// The generated inflections of names and demonym adjectives.
@Suite("German inflection")
struct GermanInflectionTests {
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
        #expect(GermanInflection.nameForms(base) == expected)
    }

    @Test("declined adjectives in multi-word names")
    func multiWord() {
        let forms = Set(GermanInflection.nameForms("Vereinigte Staaten"))
        for form in ["Vereinigte Staaten", "Vereinigten Staaten", "Vereinigten Staatens"] { #expect(forms.contains(form)) }
        let east = Set(GermanInflection.nameForms("Naher Osten"))
        for form in ["Naher Osten", "Nahen Osten", "Nahe Osten", "Nahen Ostens"] { #expect(east.contains(form)) }
        let house = Set(GermanInflection.nameForms("Weißes Haus"))
        for form in ["Weißes Haus", "Weißen Haus", "Weiße Haus", "Weißen Hauses"] { #expect(house.contains(form)) }
        let union = Set(GermanInflection.nameForms("Europäische Union"))
        #expect(union.contains("Europäischen Union"))
        // Short words are not treated as adjectives: "Den Haag" keeps "Den".
        #expect(!GermanInflection.nameForms("Den Haag").contains("De Haag"))
    }

    @Test("demonym adjectives in every declension, lowercase and capitalised")
    func adjectives() {
        let forms = GermanInflection.adjectiveForms("russisch")
        #expect(forms == ["russisch", "Russisch", "russische", "Russische", "russischen", "Russischen",
                          "russischer", "Russischer", "russisches", "Russisches", "russischem", "Russischem"])
        #expect(GermanInflection.adjectiveForms("französisch").contains("Französischen"))
        #expect(GermanInflection.adjectiveForms("us-amerikanisch").contains("Us-amerikanische") == true)
    }
}
