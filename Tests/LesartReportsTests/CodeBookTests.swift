import Foundation
import Testing
import LesartCore
@testable import LesartReports

/// CAMEO codes per cue and actor codes, from the project's Lexicons/events and gazetteer.
@Suite("CameoCodeBook and ActorCodeBook")
struct CodeBookTests {
    /// The project's Lexicons folder (part of the package, not of ../shared).
    static let lexicons: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Lexicons").path
    }()

    typealias F = NetworkFixtures

    @Test("a cue's own code, the label's default, quad classes")
    func cueCodes() throws {
        let book = try CameoCodeBook(folder: Self.lexicons + "/events")
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "drohen")) == CameoCode(code: "130", quadClass: 3))
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "bombardieren")) == CameoCode(code: "195", quadClass: 4))
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "anerkennen")) == CameoCode(code: "054", quadClass: 1))
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "ausrüsten")) == CameoCode(code: "072", quadClass: 2))
        #expect(book.code(for: F.stance("A", "B", "distancing", lemma: "sanktionieren"))?.code == "163")
        // A compound noun takes its head's code; a lemma the table does not know takes its label's default.
        #expect(book.code(for: F.stance("A", "B", "distancing", lemma: "Wirtschaftssanktion"))?.code == "163")
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "Artillerieangriff"))?.code == "190")
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "grollen"))?.code == "130")
    }

    @Test("negated support is a refusal; negated distancing and threat are no event")
    func negation() throws {
        let book = try CameoCodeBook(folder: Self.lexicons + "/events")
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "liefern", polarity: "negated"))?.code == "120")
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "angreifen", polarity: "negated")) == nil)
        #expect(book.code(for: F.stance("A", "B", "distancing", lemma: "kritisieren", polarity: "negated")) == nil)
    }

    @Test("the relation rule is coded by rule and label, not by its noun")
    func rules() throws {
        let book = try CameoCodeBook(folder: Self.lexicons + "/events")
        #expect(book.code(for: F.stance("A", "B", "distancing", lemma: "Beziehungen", rule: "relation"))?.code == "160")
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "Beziehungen", rule: "relation"))?.code == "050")
        #expect(book.code(for: F.stance("A", "B", "distancing", lemma: "Beziehungen", rule: "tension"))?.code == "110")
    }

    @Test("an announced material act becomes a verbal intent or threat; verbal codes stay")
    func intended() throws {
        let book = try CameoCodeBook(folder: Self.lexicons + "/events")
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "liefern", modality: "intended")) == CameoCode(code: "031", quadClass: 1))
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "ausrüsten", modality: "intended"))?.code == "0332")
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "angreifen", modality: "intended")) == CameoCode(code: "1384", quadClass: 3))
        #expect(book.code(for: F.stance("A", "B", "threat", lemma: "drohen", modality: "intended"))?.code == "130")
        #expect(book.code(for: F.stance("A", "B", "support", lemma: "liefern", modality: "reported"))?.code == "060")
    }

    @Test("a bad line in the CAMEO table is named with file and line")
    func badTable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cameo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["cameo-roots.tsv", "cameo-intent.tsv"] {
            try FileManager.default.copyItem(atPath: Self.lexicons + "/events/" + name, toPath: dir.appendingPathComponent(name).path)
        }
        try "# test\ndrohen\tthreat\t130\nangreifen\tthreat\t990\n".write(to: dir.appendingPathComponent("cameo-cues.tsv"),
                                                                          atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try CameoCodeBook(folder: dir.path) }
        do {
            _ = try CameoCodeBook(folder: dir.path)
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("990"))
        }
    }

    @Test("actor codes: ISO alpha-3 for states, gazetteer ids for organisations, learned ids for others")
    func actors() throws {
        var book = try ActorCodeBook(lexicons: Self.lexicons)
        #expect(book.code(of: "Russland") == ActorCode(code: "RUS", kind: "state"))
        #expect(book.code(of: "Deutschland") == ActorCode(code: "DEU", kind: "state"))
        #expect(book.code(of: "Vereinte Nationen") == ActorCode(code: "org:uno", kind: "organisation"))
        #expect(book.code(of: "Borduria") == nil)
        book.learn(from: F.entity("Borduria", actor: "Borduria", id: "loc:x:borduria"))
        #expect(book.code(of: "Borduria") == ActorCode(code: "loc:x:borduria", kind: "place"))
        // A mention standing for another actor teaches nothing.
        book.learn(from: RecordEntity(start: 0, end: 5, text: "Kreml", label: "ORG", canonical: "Kreml", actor: "Syldavien", id: "org:x"))
        #expect(book.code(of: "Syldavien") == nil)
    }
}
