import Foundation
import Lesart
import Testing
import TestSupport

/// `JSONObjectParser`: strict RFC 8259 records, members as byte ranges, strings decoded
/// exactly as Foundation's JSONSerialization decodes them.
@Suite("JSON object parser")
struct JSONObjectParserTests {
    /// The members of `json`, or the syntax error.
    static func parse(_ json: String) -> Result<[JSONMember], JSONSyntaxError> {
        Result { () throws(JSONSyntaxError) in try JSONObjectParser.members(of: Array(json.utf8)) }
    }

    /// The decoded value of member `key` (a string) of `json`.
    static func string(_ json: String, _ key: String) throws -> String? {
        let bytes = Array(json.utf8)
        let members = try JSONObjectParser.members(of: bytes)
        guard let member = members.last(where: { JSONObjectParser.string(bytes, in: $0.key) == key }),
              member.kind == .string else { return nil }
        return JSONObjectParser.string(bytes, in: member.value)
    }

    @Test("members in input order with kinds and ranges; duplicates kept")
    func members() throws {
        let json = #" {"id": 7, "text" :"a\nb", "x": [1, {"y": null}], "o": {}, "t": true, "f": false, "n": null, "r": -1.5e3, "id": "z"} "#
        let bytes = Array(json.utf8)
        let members = try JSONObjectParser.members(of: bytes)
        #expect(members.map { JSONObjectParser.string(bytes, in: $0.key) } == ["id", "text", "x", "o", "t", "f", "n", "r", "id"])
        #expect(members.map(\.kind) == [.integer, .string, .array, .object, .true, .false, .null, .fraction, .string])
        #expect(members.map { String(decoding: bytes[$0.value], as: UTF8.self) }
            == ["7", #"a\nb"#, #"[1, {"y": null}]"#, "{}", "true", "false", "null", "-1.5e3", "z"])
        #expect(members[1].keyHasEscapes == false)
        #expect(members.map(\.valueHasEscapes) == [false, true, false, false, false, false, false, false, false])
        #expect(try JSONObjectParser.members(of: Array(#"{"a": [1, "x\n"], "b": "plain", "c": "\u0041"}"#.utf8)).map(\.valueHasEscapes)
            == [false, false, true])
        #expect(try Self.string(json, "text") == "a\nb")
        #expect(try JSONObjectParser.members(of: Array("{}".utf8)).isEmpty)
        #expect(try JSONObjectParser.members(of: Array("\u{FEFF}{\"a\":1}".utf8)).count == 1)
    }

    /// FuzzJSONObject: Foundation drops U+FEFF from strings, so its view of this record has
    /// one key `""`; RFC 8259 (and the parser) keep two keys with their own values.
    @Test("keys that differ only in U+FEFF are distinct keys")
    func byteOrderMarkKeys() throws {
        let json = "{\"id\": 22, \"\": 2552, \"\u{FEFF}\u{FEFF}\": \"bbb0\"}"
        let bytes = Array(json.utf8)
        let members = try JSONObjectParser.members(of: bytes)
        #expect(members.map { JSONObjectParser.string(bytes, in: $0.key) } == ["id", "", "\u{FEFF}\u{FEFF}"])
        #expect(members.map(\.kind) == [.integer, .integer, .string])
        #expect(try Self.string(json, "\u{FEFF}\u{FEFF}") == "bbb0")
        #expect(try Self.string(json, "") == nil)  // the number 2552, not the string
    }

    @Test("every escape decodes, surrogate pairs to one scalar, upper and lower case hex")
    func escapes() throws {
        let json = #"{"s": "q\"b\\s\/b\bf\fn\nr\rt\tA\u0041\u00e4\u00C4\u20AC\ud83d\ude00\uD83D\uDE00\u0000end"}"#
        #expect(try Self.string(json, "s") == "q\"b\\s/b\u{8}f\u{C}n\nr\rt\tAAäÄ€😀😀\u{0}end")
        #expect(try Self.string(#"{"k\u0065y": "v"}"#, "key") == "v")
        let bytes = Array(#"{"k\u0065y": 1}"#.utf8)
        #expect(try JSONObjectParser.members(of: bytes).first?.keyHasEscapes == true)
    }

    @Test("decoding agrees with JSONSerialization on random strings")
    func decodingAgreesWithFoundation() throws {
        var generator = SplitMix64(seed: 0x15_0B_1E_C7)
        for _ in 0..<300 {
            let text = RandomText.make(using: &generator, maxRuns: 20) + "\u{2028}\u{7F}\"\\/\u{1}"
            let encoded = try JSONSerialization.data(withJSONObject: ["text": text])
            let bytes = [UInt8](encoded)
            let members = try JSONObjectParser.members(of: bytes)
            #expect(members.count == 1)
            #expect(JSONObjectParser.decodedString(bytes, in: members[0].value) == Array(text.utf8),
                    "\(String(reflecting: text))")
        }
    }

    @Test("invalid escapes and unpaired surrogates are errors", arguments: [
        #"{"s": "a\x"}"#, #"{"s": "a\u12"}"#, #"{"s": "a\u12G4"}"#, #"{"s": "a\ud83d"}"#, #"{"s": "a\ud83d b"}"#,
        #"{"s": "a\ud83d\ud83d"}"#, #"{"s": "a\ude00"}"#, #"{"s": "a\ud83d\u0041"}"#, #"{"s": "a\"#, #"{"s": "a\'"}"#,
    ])
    func invalidEscapes(json: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONObjectParser.members(of: Array(json.utf8)) }
    }

    @Test("not strict JSON is an error", arguments: [
        "", " ", "[1]", "\"s\"", "42", "null", "{", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}",
        "{\"a\":1,}", "{\"a\":[1,]}", "{,\"a\":1}", "{\"a\":1}}", "{\"a\":1} x", "{\"a\":1}\u{C}", "{\"a\":tru}",
        "{\"a\":nul}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":1e400}",
        "{\"a\":-1e400}", "{\"a\":1\(String(repeating: "0", count: 400))}", "{\"a\":\"x\ty\"}", "{\"a\":\"x\u{1}y\"}",
        "{\"a\":\"open}", "\u{FEFF}\u{FEFF}{}", " \u{FEFF}{}", "{\"a\":1}{}",
    ])
    func rejected(json: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONObjectParser.members(of: Array(json.utf8)) }
    }

    @Test("numbers: integers, fractions, exponents, and tiny values that round to zero", arguments: [
        ("0", JSONValueKind.integer), ("-0", .integer), ("123456789012345678901234567890", .integer),
        ("1.5", .fraction), ("-0.0", .fraction), ("1e3", .fraction), ("2.5E+3", .fraction), ("1e-400", .fraction),
        ("1.7976931348623157e308", .fraction),
    ])
    func numbers(literal: String, kind: JSONValueKind) throws {
        let members = try JSONObjectParser.members(of: Array("{\"n\":\(literal)}".utf8))
        #expect(members.map(\.kind) == [kind])
    }

    @Test("nesting: 512 levels with the record are accepted, 513 are not")
    func depth() throws {
        func nested(_ levels: Int) -> [UInt8] {
            Array(("{\"v\":" + String(repeating: "[", count: levels) + String(repeating: "]", count: levels) + "}").utf8)
        }
        #expect(try JSONObjectParser.members(of: nested(JSONObjectParser.maximumDepth - 1)).count == 1)
        #expect(throws: JSONSyntaxError.self) { try JSONObjectParser.members(of: nested(JSONObjectParser.maximumDepth)) }
    }

    /// The string scan reads 16 bytes at a time, then 8, then one: each special byte at
    /// every position of a long string, in every lane.
    @Test("escapes, closing quotes and raw control characters at every position of a long string")
    func specialsAtEveryPosition() throws {
        let filler = Array("Grosse und Mass: Strasse 12345 abcdefgh".utf8)  // ASCII: cut anywhere
        for position in 0...filler.count {
            let head = Array(filler.prefix(position)), tail = Array(filler.dropFirst(position))
            let escaped = Array(#"{"t": ""#.utf8) + head + Array(#"\"\\\n"#.utf8) + tail + Array(#"", "u": "x"}"#.utf8)
            let members = try JSONObjectParser.members(of: escaped)
            #expect(members.count == 2, "escape at \(position)")
            #expect(JSONObjectParser.decodedString(escaped, in: members[0].value) == head + Array("\"\\\n".utf8) + tail)
            let closed = Array(#"{"t": ""#.utf8) + head + Array(#"", "u": ""#.utf8) + tail + Array(#""}"#.utf8)
            let closedMembers = try JSONObjectParser.members(of: closed)
            #expect(closedMembers.map(\.value.count) == [head.count, tail.count], "quote at \(position)")
            let raw = Array(#"{"t": ""#.utf8) + head + [0x1F] + tail + Array(#""}"#.utf8)
            guard case .failure(let error) = Self.parse(String(decoding: raw, as: UTF8.self)) else {
                Issue.record("accepted a raw control character at \(position)")
                continue
            }
            #expect(error.offset == 7 + position)
        }
    }

    @Test("errors name the byte offset")
    func errorOffset() {
        guard case .failure(let error) = Self.parse(#"{"a": "b\q"}"#) else {
            Issue.record("accepted an invalid escape")
            return
        }
        #expect(error.offset == 8)
        #expect(error.description == #"invalid escape \q at byte 8"#)
        #expect(error.column(in: Array(#"{"a": "b\q"}"#.utf8)) == 9)
    }

    @Test("the column counts characters, not bytes")
    func errorColumn() {
        let bytes = Array(#"{"ä": "€\ud800"}"#.utf8)
        guard case .failure(let error) = Self.parse(#"{"ä": "€\ud800"}"#) else {
            Issue.record("accepted a lone surrogate")
            return
        }
        #expect(error.offset == 11)
        #expect(error.column(in: bytes) == 9)
        #expect(error.reason.hasPrefix(#"lone surrogate escape \ud800"#))
    }

    @Test("compact values: whitespace between tokens dropped, strings and numbers as written")
    func compactValue() throws {
        let json = "{\"v\": [ 1.50 , { \"a b\" : \"x \\\" \\u00e4\u{2028}\" , \"c\":-0 } , [ ] ,true ], \"w\": {}}"
        let bytes = Array(json.utf8)
        let members = try JSONObjectParser.members(of: bytes)
        #expect(String(decoding: JSONObjectParser.compactValue(bytes, in: members[0].value), as: UTF8.self)
            == #"[1.50,{"a b":"x \" \u00e4\u2028","c":-0},[],true]"#)
        #expect(JSONObjectParser.compactValue(bytes, in: members[1].value) == Array("{}".utf8))
        let compact = JSONObjectParser.compactValue(bytes, in: members[0].value)
        #expect(try JSONObjectParser.members(of: Array("{\"v\":".utf8) + compact + [UInt8(ascii: "}")]).count == 1)
    }
}
