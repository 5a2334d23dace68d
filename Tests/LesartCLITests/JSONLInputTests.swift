import Foundation
import Testing

/// `lesart annotate` reading JSON lines with its own parser: ids and passed-through fields
/// come out as Foundation's JSONSerialization wrote them before, malformed lines give error
/// records in place.
@Suite("JSONL input")
struct JSONLInputTests {
    /// What the JSONSerialization-based reader wrote for a valid record: `{"id":…,"text":…`
    /// plus the passed-through members, up to the annotations.
    static func foundationPrefix(_ line: String, number: Int) throws -> String {
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let id: String
        switch record["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = String(number)
        }
        func json(_ value: Any, _ options: JSONSerialization.WritingOptions) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: options.union(.fragmentsAllowed)), as: UTF8.self)
        }
        var prefix = "{\"id\":" + (try json(id, [.withoutEscapingSlashes])) + ",\"text\":"
            + (try json(try #require(record["text"] as? String), [.withoutEscapingSlashes]))
        let reserved: Set<String> = ["id", "text", "sentences", "tokens", "entities", "stances", "error"]
        for key in record.keys.sorted() where !reserved.contains(key) {
            prefix += "," + (try json(key, [])) + ":" + (try json(record[key]!, [.sortedKeys, .withoutEscapingSlashes]))
        }
        return prefix
    }

    static let records = [
        #"{"id": "a", "text": "Moskau drohte der Ukraine."}"#,
        #"{"id": 17, "text": "x"}"#, #"{"id": -0, "text": "x"}"#, #"{"id": 1.5, "text": "x"}"#, #"{"id": 1e3, "text": "x"}"#,
        #"{"id": 12345678901234567890, "text": "x"}"#, #"{"id": true, "text": "x"}"#, #"{"id": null, "text": "x"}"#,
        #"{"text": "no id"}"#, #"{"id": "a/b\u00e4\ud83d\ude00", "text": "\u0041\/\"\\ \ud83c\uddfa\ud83c\udde6"}"#,
        #"{"id": "d", "text": "first", "text": "second", "k": 1, "k": 2}"#,
        #"{"id": "p", "text": "x", "source": "taz/a", "year": 2024, "neg": -0, "big": 99999999999999999999, "f": 0.1, "e": 1E-7, "ok": true, "no": false, "none": null}"#,
        #"{"id": "q", "text": "x", "meta": {"z": 1, "a": {"y": [1, {"q": "r/s", "b": 2.50}]}}, "tags": ["a", "b"], "l": [], "o": {}}"#,
        #"{"id": "r", "text": "x", "a/b": "\u0001\u001f\u007f\u2028\b\f", "Ä": 1, "ä": 2, "B": 3, "10": 4, "9": 5, "": 6, "tokens": 7}"#,
        "\u{FEFF}{\"id\": \"bom\", \"text\": \"x\"}",
        " \t{ \"id\" : \"ws\" , \"text\" : \"x\" } \r",
    ]

    @Test("ids and passed-through fields are written as JSONSerialization wrote them")
    func agreesWithFoundation() throws {
        let input = Self.records.joined(separator: "\n") + "\n"
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.records.count)
        for (number, (record, line)) in zip(Self.records, lines).enumerated() {
            let record = record.hasSuffix("\r") ? String(record.dropLast()) : record
            let expected = try Self.foundationPrefix(record, number: number + 1) + ",\"sentences\":"
            #expect(line.hasPrefix(expected), "line \(number + 1): \(line.prefix(300))")
        }
    }

    @Test("lines are cut at every LF, across the reader's 64 KiB blocks, CRLF and a last line without LF included")
    func linesAcrossReadBlocks() throws {
        // Lengths around the block size, so line ends fall before, on and after block borders.
        let wordCounts = [1, 2, 9_000, 3, 13_106, 13_107, 1, 40_000, 5, 1]
        var input = ""
        for (index, words) in wordCounts.enumerated() {
            let text = Array(repeating: "Wort", count: words).joined(separator: " ")
            input += #"{"id": "l\#(index)", "text": "\#(text)"}"# + (index == wordCounts.count - 1 ? "" : index % 3 == 0 ? "\r\n" : "\n")
        }
        let result = try CLI.run(["annotate", "--stages", "tokens", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.map { $0["id"] as? String } == wordCounts.indices.map { "l\($0)" })
        #expect(records.map { ($0["tokens"] as? [Any])?.count } == wordCounts.map { $0 })
    }

    @Test("malformed lines give error records in place, naming the line")
    func errorsInPlace() throws {
        let lines = [
            #"{"id": "ok1", "text": "Moskau."}"#,
            #"{"id": "g", "text": "x"} trailing"#,
            #"{"id": "t", "text": 5}"#,
            #"{"id": "e", "text": "a\x"}"#,
            #"{"id": "s", "text": "a\ud83d b"}"#,
            #"{"id": "c", "text": "x",}"#,
            #"{"id": "n"}"#,
            #"{"id": "ok2", "text": "Kiew."}"#,
        ]
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 1)
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == lines.count)
        #expect(records.map { $0["id"] as? String } == ["ok1", nil, "t", nil, nil, nil, "n", "ok2"])
        #expect(records.map { $0["error"] as? String } == [
            nil, "stdin: line 2, column 26: invalid JSON: unexpected data after the object",
            "stdin: line 3: \"text\" is not a string",
            #"stdin: line 4, column 23: invalid JSON: invalid escape \x"#,
            #"stdin: line 5, column 23: invalid JSON: lone surrogate escape \ud83d (a high surrogate must be followed by a low one, \uDC00 to \uDFFF)"#,
            "stdin: line 6, column 25: invalid JSON: expected a key",
            "stdin: line 7: no \"text\" field", nil,
        ])
    }

    @Test("escaped text decodes to the document's text, surrogate pairs included")
    func escapedText() throws {
        let line = #"{"id": "u", "text": "Gr\u00fc\u00dfe \ud83d\ude00\naus \"Kiew\""}"#
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data((line + "\n").utf8))
        #expect(result.status == 0, "\(result.err)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(record["text"] as? String == "Grüße 😀\naus \"Kiew\"")
        let tokens = try #require(record["tokens"] as? [[String: Any]])
        #expect(tokens.first?["end"] as? Int == 5)
    }
}
