import Foundation
import Lesart
import Testing
import TestSupport

/// The JSONL writer's entity names, written from quoted catalog names or the document's
/// bytes, against the document's own `canonicalName(of:)`, `actor(of:)`, `identifier(of:)`.
@Suite("JSONL entity names")
struct JSONLEntityNamesTests {
    @Test("canonical, actor and id of every entity of a corpus text equal the document's names")
    func namesOfEveryEntity() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Corpora/de/russland-allianzen.txt"),
                              encoding: .utf8)
            + " Der Minister sagte, er werde „keinen Schritt zurück“ machen. Anna Müller-Lüdenscheidt lobte ihn."
        let document = try Pipeline.german().makeSession().annotate(text: text)
        var out = OutputBuffer()
        JSONLWriter().write(document, to: &out)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.bytes)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.count == document.entities.count)
        #expect(document.entities.contains { $0.entry == Entity.noEntry })
        for (record, entity) in zip(entities, document.entities) {
            #expect(record["canonical"] as? String == document.canonicalName(of: entity))
            #expect(record["actor"] as? String == document.actor(of: entity))
            #expect(record["id"] as? String == document.identifier(of: entity))
        }
    }

    @Test("a mention without a catalog entry is named by its antecedent's bytes or its own")
    func namesFromMentionBytes() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Corpora/de/russland-allianzen.txt"),
                              encoding: .utf8)
            + " Der Minister sagte, er werde „keinen Schritt zurück“ machen. Anna Müller-Lüdenscheidt lobte ihn."
            // A surname alone is named by the full name before it.
            + " Wolfgang Katzian kritisierte die Regierung. Katzian forderte mehr Geld."
        let document = try Pipeline.german().makeSession().annotate(text: text)
        let uncatalogued = document.entities.filter { $0.entry == Entity.noEntry }
        #expect(!uncatalogued.isEmpty && uncatalogued.contains { $0.antecedent != Entity.noEntry })
        for entity in document.entities {
            let range = document.nameRange(of: entity)
            #expect((range == nil) == (entity.entry != Entity.noEntry))
            guard let range else { continue }
            #expect(document.text(ofBytes: range) == document.canonicalName(of: entity))
            #expect(document.text(ofBytes: range) == document.actor(of: entity))
            #expect(document.identifier(of: entity) == nil)
        }
    }
}
