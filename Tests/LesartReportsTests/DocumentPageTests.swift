import Testing
@testable import LesartReports

/// The render page: every entity and record present and marked as the record says,
/// polarity and modality visible, nothing loaded from outside, text escaped.
@Suite("DocumentPage")
struct DocumentPageTests {
    /// "Borduria unterstützt Syldavien nicht. Laut Presse droht <Zentrum> Borduria."
    static func record() -> LesartRecord {
        let text = "Borduria unterstützt Syldavien nicht. Laut Presse droht <Zentrum> Borduria."
        let entities = [
            RecordEntity(start: 0, end: 8, text: "Borduria", label: "LOC", canonical: "Borduria", actor: "Borduria", form: "name"),
            RecordEntity(start: 21, end: 30, text: "Syldavien", label: "LOC", canonical: "Syldavien", actor: "Syldavien", form: "name"),
            RecordEntity(start: 56, end: 65, text: "<Zentrum>", label: "ORG", canonical: "Zentrum", actor: "Syldavien", form: "name"),
            RecordEntity(start: 66, end: 74, text: "Borduria", label: "LOC", canonical: "Borduria", actor: "Borduria", form: "name"),
        ]
        let stances = [
            RecordStance(sentence: 0, label: "support", holder: .init(entity: 0, actor: "Borduria"),
                         target: .init(entity: 1, actor: "Syldavien"),
                         cue: .init(start: 9, end: 20, text: "unterstützt", lemma: "unterstützen"),
                         polarity: "negated", modality: "asserted", rule: "verb.active", confidence: 0.8),
            RecordStance(sentence: 1, label: "threat", holder: .init(entity: 2, actor: "Syldavien"),
                         target: .init(entity: 3, actor: "Borduria"),
                         cue: .init(start: 50, end: 55, text: "droht", lemma: "drohen"),
                         polarity: "affirmed", modality: "reported", rule: "verb.active", confidence: 0.7),
        ]
        return LesartRecord(id: "doc <1>", text: text, sentences: [0..<37, 38..<75], entities: entities, stances: stances)
    }

    @Test("every entity is marked with its label and actor, every record is listed")
    func everythingPresent() throws {
        let page = DocumentPage(records: [Self.record()]).html
        // The legend has marks of its own: count in the article only.
        let html = String(try #require(page.range(of: "<article").map { page[$0.lowerBound...] }))
        #expect(html.components(separatedBy: "<mark class=\"ent LOC").count - 1 == 3)
        #expect(html.components(separatedBy: "<mark class=\"ent ORG other-actor\" data-e=\"2\" data-actor=\"Syldavien\"").count - 1 == 1)
        #expect(html.contains("id=\"d1-r1\""))
        #expect(html.contains("id=\"d1-r2\""))
        #expect(html.contains("<span class=\"cue support negated\" id=\"d1-c1\""))
        #expect(html.contains("<span class=\"cue threat\" id=\"d1-c2\""))
    }

    @Test("a negated record and a reported record look different from an asserted one")
    func polarityAndModality() {
        let html = DocumentPage(records: [Self.record()]).html
        #expect(html.contains("class=\"rec support negated\""))
        #expect(html.contains("<span class=\"tag negated\">negated</span>"))
        #expect(html.contains("class=\"rec threat modal\""))
        #expect(html.contains("<span class=\"tag modality\">reported</span>"))
    }

    @Test("the evidence shows the record's sentence with holder, target and cue, and the rule")
    func evidence() {
        let html = DocumentPage(records: [Self.record()]).html
        #expect(html.contains("<span class=\"role h\" title=\"holder\">Borduria</span> <span class=\"role c\" title=\"cue\">unterstützt</span>"))
        #expect(html.contains("<dt>rule</dt><dd>verb.active</dd>"))
        #expect(html.contains("<dt>cue</dt><dd>droht (drohen)</dd>"))
    }

    @Test("text and ids are escaped; nothing is loaded from outside the page")
    func selfContained() {
        let html = DocumentPage(records: [Self.record()]).html
        #expect(!html.contains("<Zentrum>"))
        #expect(html.contains("&lt;Zentrum&gt;"))
        #expect(html.contains("<h2>doc &lt;1&gt;</h2>"))
        for external in ["http:", "https:", "src=", "url(", "@import", "<link"] {
            #expect(!html.contains(external), "found \(external)")
        }
    }

    @Test("a batch page has a table of contents; error records and missing layers are shown")
    func batch() {
        let failed = LesartRecord(id: "bad", error: "stdin: line 2: not a JSON object")
        let unannotated = LesartRecord(id: "plain", text: "Nur Text.", entities: [])
        let html = DocumentPage(records: [Self.record(), failed, unannotated]).html
        #expect(html.contains("<nav><ol><li><a href=\"#d1\">"))
        #expect(html.contains("<p class=\"error\">error: stdin: line 2: not a JSON object</p>"))
        #expect(html.contains("no stance layer"))
    }

    @Test("spans outside the text are counted and named, not drawn")
    func outOfRange() {
        var record = Self.record()
        record.entities?.append(RecordEntity(start: 70, end: 90, text: "x", label: "LOC"))
        let section = DocumentSection(record: record, number: 1)
        #expect(section.outOfRangeSpans == 1)
        #expect(section.html.contains("1 annotation span(s) lie outside the text"))
    }
}
