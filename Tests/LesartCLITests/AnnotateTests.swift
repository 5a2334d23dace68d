import Foundation
import Testing
import Lesart
import TestSupport

/// `lesart annotate` end to end: one output line per input line in order, error records
/// naming the line, entities with canonical name, actor, form and id.
@Suite("lesart annotate")
struct AnnotateTests {
    static func objects(_ result: CLI.Result) throws -> [[String: Any]] {
        try result.lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any])
        }
    }

    @Test("entities carry label, canonical name, actor, form and id")
    func entities() throws {
        let input = #"{"id": "a", "text": "Moskau drohte der Ukraine wegen des EU-Beitritts, sagte Putin."}"# + "\n"
        let result = try CLI.run(["annotate"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        let records = try Self.objects(result)
        #expect(records.count == 1)
        let entities = try #require(records.first?["entities"] as? [[String: Any]])
        let byText = Dictionary(entities.map { ($0["text"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let moskau = try #require(byText["Moskau"])
        #expect(moskau["label"] as? String == "LOC")
        #expect(moskau["actor"] as? String == "Russland")
        #expect(moskau["form"] as? String == "name")
        #expect((moskau["id"] as? String)?.hasPrefix("loc:") == true)
        #expect(byText["Ukraine"]?["label"] as? String == "LOC")
        #expect(byText["EU-Beitritts"]?["form"] as? String == "part")
        #expect(byText["EU-Beitritts"]?["label"] as? String == "ORG")
        #expect(byText["Putin"]?["actor"] as? String == "Russland")
        // Offsets are code points: the text slices to the mention.
        let text = try #require(records.first?["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for entity in entities {
            let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == entity["text"] as? String)
        }
    }

    @Test("one output line per input line, in order, with error records naming the line")
    func errorsInPlace() throws {
        let lines = [
            #"{"id": 1, "text": "Erstes."}"#,
            #"not json"#,
            #"{"id": 3}"#,
            #"{"id": 4, "text": 42}"#,
            #"{"id": "fünf", "text": "Letztes in Berlin."}"#,
        ]
        let result = try CLI.run(["annotate"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 1)
        let records = try Self.objects(result)
        #expect(records.count == 5)
        #expect(records.map { ($0["id"] as? String) ?? "null" } == ["1", "null", "3", "4", "fünf"])
        #expect(records[1]["id"] is NSNull)
        #expect(records[0]["error"] == nil)
        #expect((records[1]["error"] as? String)?.contains("line 2") == true)
        #expect((records[2]["error"] as? String)?.contains("no \"text\" field") == true)
        #expect((records[3]["error"] as? String)?.contains("not a string") == true)
        #expect(records[4]["entities"] != nil)
    }

    @Test("invalid UTF-8 in a line gives an error record with the byte offset")
    func invalidUTF8() throws {
        var input = Data(#"{"id": 1, "text": "ok"}"#.utf8) + Data([0x0A])
        input += Data(#"{"id": 2, "text": "ka"#.utf8) + Data([0xFF]) + Data(#"putt"}"#.utf8) + Data([0x0A])
        let result = try CLI.run(["annotate"], stdin: input)
        let records = try Self.objects(result)
        #expect(records.count == 2)
        #expect((records[1]["error"] as? String)?.contains("byte offset 21") == true)
        #expect(result.status == 1)
    }

    @Test("CoNLL-U marks entities as NE=B-/I- in MISC")
    func conllu() throws {
        let input = #"{"id": "x", "text": "Die Vereinigten Staaten helfen."}"# + "\n"
        let result = try CLI.run(["annotate", "--format", "conllu"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.out.contains("Vereinigten\t_\t_\t_\t_\t_\t_\t_\tNE=B-LOC"))
        #expect(result.out.contains("Staaten\t_\t_\t_\t_\t_\t_\t_\tNE=I-LOC"))
    }

    @Test("lexicon check passes on the bundled lexicons")
    func lexiconCheck() throws {
        let result = try CLI.run(["lexicon", "check"])
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains("gazetteer:"))
        #expect(result.out.contains("stance lexicon:"))
        #expect(result.out.contains("event codes: ok"))
    }

    @Test("lexicon check names a file no loader reads and a malformed stance line")
    func lexiconCheckFindsStrayFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lesart-check-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: LexiconLocator.packageLexicons, toPath: root)
        try "# a list nobody loads\nWort\n".write(toFile: root + "/stance/negators-extra.txt", atomically: true, encoding: .utf8)
        let negators = root + "/stance/negators.txt"
        try (String(contentsOfFile: negators, encoding: .utf8) + "nie\tmals\n").write(toFile: negators, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "check", "--lexicons", root, "--language", "de"], timeout: 120)
        #expect(result.status == 1)
        #expect(result.out.contains("stance/negators-extra.txt: no loader reads this file"), "\(result.out)")
        #expect(result.out.contains("negators.txt:"), "\(result.out)")
    }

    @Test("--language names an unknown profile as a usage error")
    func unknownLanguage() throws {
        let result = try CLI.run(["tokenize", "--language", "xx"], stdin: Data("Text.".utf8))
        #expect(result.status != 0)
        #expect(result.err.contains("no lexicons for language 'xx'"), "\(result.err)")
    }
}
