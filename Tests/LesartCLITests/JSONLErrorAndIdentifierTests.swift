import Foundation
import Testing

/// `lesart annotate` on JSON lines: errors name line, column and fault; array and object
/// ids come back as the input gave them.
@Suite("JSONL errors and ids")
struct JSONLErrorAndIdentifierTests {
    @Test("JSON errors name line, column (in characters) and the fault", arguments: [
        (#"{"id": "s", "text": "a\ud800b"}"#,
         #"line 1, column 23: invalid JSON: lone surrogate escape \ud800 (a high surrogate must be followed by a low one, \uDC00 to \uDFFF)"#),
        (#"{"id": "ä", "text": "ö\udc00"}"#,
         #"line 1, column 23: invalid JSON: lone surrogate escape \udc00 (a low surrogate without a high one before it is not a character)"#),
        (#"{"id": 1e400, "text": "x"}"#,
         "line 1, column 8: invalid JSON: number 1e400 is out of range (beyond the range of a double, ±1.8e308)"),
        (#"{"id": "t", "text": "a"# + "\t" + #"b"}"#,
         #"line 1, column 23: invalid JSON: unescaped control character U+0009 in a string (write it as \u0009)"#),
        (#"{"id": "n", "text": nope}"#, "line 1, column 21: invalid JSON: invalid literal"),
        (#"{"id": "m", "text": -x}"#, "line 1, column 21: invalid JSON: invalid value starting -"),
        (#"{"id": "d", "v": "# + String(repeating: "[", count: 600) + #"], "text": "x"}"#,
         "line 1, column 529: invalid JSON: nested too deeply (more than 512 levels)"),
    ])
    func preciseErrors(line: String, message: String) throws {
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data((line + "\n").utf8))
        #expect(result.status == 1)
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == 1)
        #expect(records.first?["error"] as? String == "stdin: " + message)
        #expect(result.err.contains("lesart: stdin: " + message))
    }

    @Test("array and object ids are passed through as JSON, in results and error records")
    func structuredIdentifiers() throws {
        let lines = [
            #"{"id": [1, {"a": 2}], "text": "Kiew."}"#,
            #"{"id" : { "z" : [ "s p" , "\u00e4\"" ] , "a" : null }, "text": 5}"#,
            "{\"text\": \"x\", \"id\": [\"Zeile\u{2028}\", 1.50, -0, 1E3]}",
            #"{"id": [], "text": "y"}"#,
        ]
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 1)
        let out = result.out.split(separator: "\n").map(String.init)
        #expect(out.count == 4)
        #expect(out[0].hasPrefix(#"{"id":[1,{"a":2}],"text":"Kiew.","sentences""#))
        #expect(out[1] == #"{"id":{"z":["s p","\u00e4\""],"a":null},"error":"stdin: line 2: \"text\" is not a string"}"#)
        #expect(out[2].hasPrefix(#"{"id":["Zeile\u2028",1.50,-0,1E3],"text":"x""#))
        #expect(out[3].hasPrefix(#"{"id":[],"text":"y""#))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(out[0].utf8)) as? [String: Any])
        let id = try #require(record["id"] as? [Any])
        #expect(id.first as? Int == 1)
        #expect((id.last as? [String: Int]) == ["a": 2])
    }

    @Test("100,000 levels of nesting are an error record, not a stack overflow")
    func deepNesting() throws {
        let line = #"{"id": "deep", "text": "x", "v": "# + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}\n"
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data(line.utf8))
        #expect(result.status == 1)
        #expect(result.out.contains("nested too deeply"))
        #expect(result.reason == .exit)
    }
}
