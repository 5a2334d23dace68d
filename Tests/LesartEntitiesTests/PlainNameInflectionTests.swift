import Lesart
import Testing
@testable import LesartEntities

/// `PlainNameInflection` inflects plain-word names on their bytes during compilation; this
/// proves it yields exactly `GermanInflection.nameForms` for every form of the bundled
/// gazetteer and for names that exercise each rule.
@Suite("Gazetteer: plain-word inflection")
struct PlainNameInflectionTests {
    @Test("byte inflection equals String inflection on every plain form of the bundled gazetteer")
    func equalsStringInflection() throws {
        let folder = LexiconLocator.packageLexicons + "/gazetteer"
        var checked = 0
        for file in ["countries", "regions", "cities", "places-hand", "organisations", "persons"] {
            for entry in try GazetteerFiles.entries(in: "\(folder)/\(file).tsv") {
                for form in entry.forms {
                    guard let plain = PlainNameInflection.nameForms(Array(form.text.utf8)) else { continue }
                    #expect(plain.map { String(decoding: $0, as: UTF8.self) } == GermanInflection.nameForms(form.text),
                            "\(file): \(form.text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20_000)
    }

    @Test("each rule", arguments: ["Russland", "Griechenland", "GRÖNLAND", "Haus", "Paris", "Linke", "Vereinigte Staaten",
                                   "Naher Osten", "Europäische Union", "Weißes Haus", "Neue Zürcher Zeitung", "Fluß",
                                   "Graz", "Halifax", "Isère", "Ée", "Über", "Öl", "Äste Zweige", "Kleine Große Mauer Ostsee"])
    func eachRule(name: String) {
        #expect(PlainNameInflection.nameForms(Array(name.utf8))?.map { String(decoding: $0, as: UTF8.self) }
                == GermanInflection.nameForms(name))
    }

    @Test("names that are not plain words are left to the String inflection", arguments: ["St. Gallen", "Baden-Baden", "a  b", ""])
    func notPlain(name: String) {
        #expect(PlainNameInflection.nameForms(Array(name.utf8)) == nil)
    }
}
