import Foundation
import Testing

/// `lesart annotate` without `--input`: standard input (and files not named *.txt or
/// *.jsonl) is JSON lines when its first non-blank byte is `{`, plain text otherwise.
@Suite("Input kind detection")
struct InputKindTests {
    /// The one JSON record of a run's output.
    static func record(_ result: CLI.Result) throws -> [String: Any] {
        #expect(result.lines.count == 1, "\(result.out)")
        let line = try #require(result.lines.first)
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("plain text on standard input is one text document", arguments: [
        "Moskau droht Kiew.\n", "\n\n  Moskau droht Kiew.", "\u{FEFF}Moskau droht Kiew.", "[Moskau droht Kiew.]",
    ])
    func plainText(text: String) throws {
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.err)")
        let record = try Self.record(result)
        #expect(record["id"] as? String == "stdin")
        #expect(record["text"] as? String == String(text.trimmingPrefix("\u{FEFF}")))  // a BOM is not text
        #expect((record["tokens"] as? [Any])?.isEmpty == false)
    }

    @Test("a first non-blank '{' means JSON lines, after blanks and a BOM too", arguments: [
        "{\"id\": \"a\", \"text\": \"Moskau.\"}\n", " \t{\"id\": \"a\", \"text\": \"Moskau.\"}", "\u{FEFF}{\"id\": \"a\", \"text\": \"Moskau.\"}",
    ])
    func jsonLines(input: String) throws {
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        let record = try Self.record(result)
        #expect(record["id"] as? String == "a")
        #expect(record["text"] as? String == "Moskau.")
    }

    @Test("blank lines before the first record: JSON lines, each blank line an error record in its place")
    func blankLinesFirst() throws {
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data("\n \t\r\n{\"id\": \"a\", \"text\": \"Moskau.\"}".utf8))
        #expect(result.status == 1)
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.map { $0["id"] as? String } == [nil, nil, "a"])
        #expect((records[1]["error"] as? String)?.hasPrefix("stdin: line 2, column 3: expected a JSON object") == true)
    }

    @Test("empty standard input yields no documents")
    func emptyInput() throws {
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data())
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
    }

    @Test("--input jsonl forces JSON lines: text gets an error saying what was expected and how to pass text")
    func forcedJSONLines() throws {
        let result = try CLI.run(["annotate", "--input", "jsonl", "--stages", "tokens"], stdin: Data("Moskau droht Kiew.\n".utf8))
        #expect(result.status == 1)
        let record = try Self.record(result)
        #expect(record["id"] is NSNull)
        #expect(record["error"] as? String == #"stdin: line 1, column 1: expected a JSON object {"id": ..., "text": ...}, "#
            + #"found "Moskau droht Kie..." (for plain text, use --input text)"#)
    }

    @Test("--input text forces text: a JSON line is one text document")
    func forcedText() throws {
        let line = #"{"id": "a", "text": "Moskau."}"#
        let result = try CLI.run(["annotate", "--input", "text", "--stages", "tokens"], stdin: Data(line.utf8))
        #expect(result.status == 0, "\(result.err)")
        let record = try Self.record(result)
        #expect(record["id"] as? String == "stdin")
        #expect(record["text"] as? String == line)
    }

    @Test("a file named neither *.txt nor *.jsonl is read by its first non-blank byte")
    func namedFiles() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.md")
        let lines = dir.appendingPathComponent("records")
        try Data("  Kiew dankt Berlin.".utf8).write(to: text)
        try Data("{\"id\": \"r\", \"text\": \"Kiew.\"}\n".utf8).write(to: lines)
        let result = try CLI.run(["annotate", "--stages", "tokens", text.path, lines.path])
        #expect(result.status == 0, "\(result.err)")
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.map { $0["id"] as? String } == [text.path, "r"])
        #expect(records.map { $0["text"] as? String } == ["  Kiew dankt Berlin.", "Kiew."])
    }
}
