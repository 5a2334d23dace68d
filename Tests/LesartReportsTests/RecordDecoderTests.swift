import Testing
@testable import LesartReports

/// Reading Lesart JSONL lines: annotations decoded, unknown fields ignored, every kind of
/// bad line named.
@Suite("LesartRecordDecoder")
struct RecordDecoderTests {
    static let line = #"""
    {"id":"n1","text":"Borduria droht Syldavien.","date":"2026-03-02","sentences":[{"start":0,"end":25}],
    "tokens":[{"start":0,"end":8,"kind":"word"}],
    "entities":[{"start":0,"end":8,"text":"Borduria","label":"LOC","canonical":"Borduria","actor":"Borduria","form":"name","id":"loc:x:bo","antecedent":{"entity":3}},
    {"start":15,"end":24,"text":"Syldavien","label":"LOC","canonical":"Syldavien","actor":"Syldavien","form":"name","id":null}],
    "stances":[{"sentence":0,"label":"threat","holder":{"entity":0,"actor":"Borduria"},"target":{"entity":1,"actor":"Syldavien"},
    "cue":{"start":9,"end":14,"text":"droht","lemma":"drohen"},"polarity":"affirmed","modality":"asserted","rule":"verb.active","confidence":0.8,"extra":[1,2]}]}
    """#.replacingOccurrences(of: "\n", with: "")

    @Test("an annotated line: id, text, sentences, entities, stances and asked-for fields")
    func annotated() throws {
        let record = try LesartRecordDecoder(fieldNames: ["date"]).decode(Array(Self.line.utf8), fallbackID: "7")
        #expect(record.id == "n1")
        #expect(record.text == "Borduria droht Syldavien.")
        #expect(record.sentences == [0..<25])
        #expect(record.entities?.map(\.text) == ["Borduria", "Syldavien"])
        #expect(record.entities?[1].id == nil)
        #expect(record.stances?.count == 1)
        let stance = try #require(record.stances?.first)
        #expect(stance.holder.actor == "Borduria" && stance.target.actor == "Syldavien")
        #expect(stance.cue.lemma == "drohen" && stance.label == "threat" && stance.rule == "verb.active")
        #expect(record.fields["date"] == "2026-03-02")
        #expect(record.isAnnotated)
    }

    @Test("without text decoding only the annotations are read")
    func annotationsOnly() throws {
        let record = try LesartRecordDecoder(decodesText: false).decode(Array(Self.line.utf8), fallbackID: "7")
        #expect(record.text == nil)
        #expect(record.sentences.isEmpty)
        #expect(record.stances?.count == 1)
    }

    @Test("a plain input line is a record without annotations; a numeric id is kept as written")
    func plain() throws {
        let record = try LesartRecordDecoder().decode(Array(#"{"id": 12, "text": "Kein Akteur."}"#.utf8), fallbackID: "3")
        #expect(record.id == "12")
        #expect(!record.isAnnotated)
        #expect(record.text == "Kein Akteur.")
    }

    @Test("an error record keeps its message")
    func errorRecord() throws {
        let record = try LesartRecordDecoder().decode(Array(#"{"id":"x","error":"stdin: line 2: no \"text\" field"}"#.utf8),
                                                      fallbackID: "2")
        #expect(record.error == #"stdin: line 2: no "text" field"#)
    }

    @Test("bad lines: not JSON, not a Lesart record, a stance without a label")
    func badLines() {
        let decoder = LesartRecordDecoder()
        #expect(throws: RecordDecodeError.self) { try decoder.decode(Array("{\"id\": 1,".utf8), fallbackID: "1") }
        #expect(throws: RecordDecodeError.notALesartRecord) {
            try decoder.decode(Array(#"{"name": "Borduria", "count": 3}"#.utf8), fallbackID: "1")
        }
        let noLabel = #"{"id":"a","stances":[{"holder":{"entity":0,"actor":"A"},"target":{"entity":1,"actor":"B"},"#
            + #""cue":{"start":0,"end":1,"text":"x"},"polarity":"affirmed","modality":"asserted"}]}"#
        do {
            _ = try decoder.decode(Array(noLabel.utf8), fallbackID: "1")
            Issue.record("a stance without a label was accepted")
        } catch {
            #expect(error.description.contains("\"stances\""))
            #expect(error.description.contains("item 0 has no \"label\""))
        }
        #expect(throws: RecordDecodeError.malformedField(name: "entities", reason: "not a list")) {
            try decoder.decode(Array(#"{"id":"a","entities":{}}"#.utf8), fallbackID: "1")
        }
    }
}
