import Testing
import Lesart

/// The tagger on the test gazetteer: names and inflections, multi-word names, demonyms,
/// parts, persons by rule, longest match, ambiguity and actors.
@Suite("Entity tagger")
struct EntityTaggerTests {
    static let cases: [(String, [String])] = [
        // names and inflection
        ("Russland droht.", ["Russland/LOC/name/Russland→Russland"]),
        ("Die Lage Russlands ist ernst.", ["Russlands/LOC/name/Russland→Russland"]),
        ("Moskaus Antwort kam.", ["Moskaus/LOC/name/Moskau→Russland"]),
        ("Ein Besuch in Teheran.", ["Teheran/LOC/name/Teheran→Iran"]),
        ("Die Politik Irans bleibt.", ["Irans/LOC/name/Iran→Iran"]),
        ("Der Kreml schwieg.", ["Kreml/ORG/name/Kreml→Russland"]),
        ("Im Weißen Haus tagte man.", ["Weißen Haus/ORG/name/Weißes Haus→Vereinigte Staaten"]),
        ("Sprecher des Weißen Hauses sagten nichts.", ["Weißen Hauses/ORG/name/Weißes Haus→Vereinigte Staaten"]),
        // multi-word names and longest match
        ("Die Vereinigten Staaten helfen.", ["Vereinigten Staaten/LOC/name/Vereinigte Staaten→Vereinigte Staaten"]),
        ("Die Russische Föderation schweigt.", ["Russische Föderation/LOC/name/Russland→Russland"]),
        ("Im Nahen Osten ist es heiß.", ["Nahen Osten/LOC/name/Naher Osten→Naher Osten"]),
        ("Die Europäische Union und die EU sind eins.",
         ["Europäische Union/ORG/name/Europäische Union→Europäische Union", "EU/ORG/name/Europäische Union→Europäische Union"]),
        // demonyms
        ("Die russische Armee zog ab.", ["russische/LOC/derived/Russland→Russland"]),
        ("Russische Truppen rückten vor.", ["Russische/LOC/derived/Russland→Russland"]),
        ("Ein französischer Diplomat und zwei Russen kamen.",
         ["französischer/LOC/derived/Frankreich→Frankreich", "Russen/LOC/derived/Russland→Russland"]),
        ("Die Deutschen und die Franzosen.",
         ["Deutschen/LOC/derived/Deutschland→Deutschland", "Franzosen/LOC/derived/Frankreich→Frankreich"]),
        // parts
        ("Der EU-Beitritt der Ukraine.",
         ["EU-Beitritt/ORG/part/Europäische Union→Europäische Union", "Ukraine/LOC/name/Ukraine→Ukraine"]),
        ("Das Assad-Regime fiel.", ["Assad-Regime/PER/part/Baschar al-Assad→Syrien"]),
        ("Der US-Präsident sprach.", ["US-Präsident/LOC/part/Vereinigte Staaten→Vereinigte Staaten"]),
        // persons
        ("Wladimir Putin sprach lange.", ["Wladimir Putin/PER/name/Wladimir Putin→Russland"]),
        ("Das sagte Putin gestern.", ["Putin/PER/name/Wladimir Putin→Russland"]),
        ("Gestern kam Heidi Klum nach Berlin. Klum lachte.",
         ["Heidi Klum/PER/name/Heidi Klum→Heidi Klum", "Klum/PER/name/Heidi Klum→Heidi Klum"]),
        ("Danach sprach Ministerpräsident Boris Rhein.", ["Boris Rhein/PER/name/Boris Rhein→Boris Rhein"]),
        ("Das sagte Kanzler Scholz.", ["Scholz/PER/name/Scholz→Scholz"]),
        // ambiguity
        ("Essen ist fertig.", []),
        ("Wir fahren nach Essen.", ["Essen/LOC/name/Essen→Deutschland"]),
        ("Linke Ideen sind verbreitet.", []),
        ("Er wählt die Linke nicht.", ["Linke/ORG/name/Die Linke→Die Linke"]),
        // exact policy: no inflection of NATO
        ("Die NATO und die Nato tagen.", ["NATO/ORG/name/NATO→NATO", "Nato/ORG/name/NATO→NATO"]),
        ("Ein Blick nach Paris.", ["Paris/LOC/name/Paris→Frankreich"]),
    ]

    @Test("mentions with label, form, canonical and actor", arguments: cases)
    func mentions(text: String, expected: [String]) throws {
        let found = try TestGazetteer.mentions(text).map(\.description)
        #expect(found == expected, "in \(text.debugDescription)")
    }

    @Test("mentions never overlap and lie inside the text")
    func noOverlap() throws {
        var document = Document(text: "Die Vereinigten Staaten, Russland und die EU-Kommission trafen Wladimir Putin in Moskau.")
        try TestGazetteer.shared.tokenizer.makeSession().tokenize(&document)
        TestGazetteer.shared.splitter.split(&document)
        TestGazetteer.shared.tagger.tag(&document)
        var end = 0
        for entity in document.entities {
            #expect(Int(entity.firstToken) >= end)
            #expect(entity.endToken > entity.firstToken)
            end = Int(entity.endToken)
        }
        #expect(document.entities.count == 5)
    }
}
