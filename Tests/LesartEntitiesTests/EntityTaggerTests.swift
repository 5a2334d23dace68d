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
        // places by form
        ("Urlaub in Süditalien und im Nordiran.", ["Süditalien/LOC/name/Italien→Italien", "Nordiran/LOC/name/Iran→Iran"]),
        ("Sie wohnt in der Schulstraße 12 und nicht am Tegeler See.",
         ["Schulstraße 12/LOC/name/Schulstraße 12→Schulstraße 12", "Tegeler See/LOC/name/Tegeler See→Tegeler See"]),
        ("Er zog nach Taiskirchen.", ["Taiskirchen/LOC/name/Taiskirchen→Taiskirchen"]),
        ("Die Staus auf der A 7 nehmen zu.", ["A 7/LOC/name/A 7→A 7"]),
        ("MOSKAU meldet Erfolge.", ["MOSKAU/LOC/name/Moskau→Russland"]),
        ("Die Lage in Paris/Teheran ist ruhig.", ["Paris/Teheran/LOC/name/Paris/Teheran→Paris/Teheran"]),
        ("Die Pariser Polizei und die preußische Armee.",
         ["Pariser/LOC/derived/Paris→Frankreich", "preußische/LOC/derived/Preußen→Preußen"]),
        // organisations by form
        ("Er arbeitet bei der Läpple AG in Paris.", ["Läpple AG/ORG/name/Läpple AG→Läpple AG", "Paris/LOC/name/Paris→Frankreich"]),
        ("Das Bundesamt für Gesundheit warnt.", ["Bundesamt für Gesundheit/ORG/name/Bundesamt für Gesundheit→Bundesamt für Gesundheit"]),
        ("Der VfL Osnabrück verlor.", ["VfL Osnabrück/ORG/name/VfL Osnabrück→VfL Osnabrück"]),
        ("Das sagte er der Pariser Zeitung.", ["Pariser Zeitung/ORG/name/Pariser Zeitung→Pariser Zeitung"]),
        // persons by initial, name particles; streets are no surnames
        ("Das schrieb A. Wiegemann gestern.", ["A. Wiegemann/PER/name/A. Wiegemann→A. Wiegemann"]),
        ("Gestern sprach Boris von der Heide lange.", ["Boris von der Heide/PER/name/Boris von der Heide→Boris von der Heide"]),
        // people homographs and broken compounds
        ("Gestern kamen die Russen und die Franzosen.",
         ["Russen/LOC/derived/Russland→Russland", "Franzosen/LOC/derived/Frankreich→Frankreich"]),
        ("Der Weg nach Moskau- Stadt war weit.", ["Moskau/LOC/name/Moskau→Russland"]),
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
