import Foundation
import Lesart
import TestSupport
import Testing
@testable import LesartEntities

/// Facts of the bundled gazetteer that decide actors in news: the press convention for
/// bare "Kongo", roster persons of the 2010s with their spelling variants, and surnames
/// that need a full mention first (fictional sentences, real facts).
@Suite struct BundledActorTests {
    static let tagger: (SentenceSplitter, EntityTagger) = {
        (SentenceSplitter(profile: Fixtures.german), EntityTagger(gazetteer: BundledGazetteer.shared.gazetteer))
    }()

    /// "text→actor" of every mention.
    static func actors(_ text: String) throws -> [String] {
        var d = Document(text: text)
        try BundledGazetteer.shared.tokenizer.makeSession().tokenize(&d)
        tagger.0.split(&d)
        tagger.1.tag(&d)
        return d.entities.map { "\(d.text(of: $0))→\(d.actor(of: $0))" }
    }

    @Test func bareKongoIsTheDemocraticRepublic() throws {
        #expect(try Self.actors("Im Kongo wird gekämpft.") == ["Kongo→Demokratische Republik Kongo"])
        #expect(try Self.actors("Kongo-Brazzaville wählt.") == ["Kongo-Brazzaville→Republik Kongo"])
    }

    @Test func rosterPersonsOfTheTwentyTensWithVariants() throws {
        #expect(try Self.actors("Prokopis Pavlopoulos sprach.") == ["Prokopis Pavlopoulos→Griechenland"])
        #expect(try Self.actors("Chaled Maschaal sprach.") == ["Chaled Maschaal→Hamas"])
        #expect(try Self.actors("Khaled Meshaal sprach.") == ["Khaled Meshaal→Hamas"])
        let pavlopoulos = try #require(BundledGazetteer.shared.gazetteer.entries.first { $0.id == "per:prokopis-pavlopoulos" })
        #expect(pavlopoulos.office?.holds(in: 2016) == true)
        #expect(pavlopoulos.office?.holds(in: 2021) == false)
    }

    @Test func surnameThatIsAPlaceOrPatronymicNeedsAFullMention() throws {
        // León is a city; alone it is no UN envoy.
        #expect(try Self.actors("In León regnet es.").allSatisfy { !$0.hasSuffix("Vereinte Nationen") })
        #expect(try Self.actors("Bernardino León kam. Danach sprach León.")
            == ["Bernardino León→Vereinte Nationen", "León→Vereinte Nationen"])
        // "bin Alawi" is a patronymic: "al-Alawi" alone is someone else.
        #expect(try Self.actors("Der Gelehrte Irfan al-Alawi warnte.").allSatisfy { !$0.hasSuffix("Oman") })
    }
}
