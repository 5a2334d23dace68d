import Foundation
import Testing

/// Large single documents and failing output: a long single line is cut into chunks at a
/// sentence end, a record of a large document is streamed whole and intact, a JSON line over
/// the limit is an error record, and a full disk on standard output is an error, not a quiet
/// success.
@Suite("Large inputs and failing output")
struct LargeInputTests {
    /// One line of short sentences, about `bytes` long, and its number of tokens.
    static func singleLine(bytes: Int) -> (text: String, tokens: Int) {
        let sentences: [(String, Int)] = [
            ("Nordland droht Südland.", 4), ("Die Union lobt Kiew erneut.", 6), ("„Wir helfen“, sagte Dr. Weber.", 9),
            ("Ist das so?", 4), ("Ja! Sicher.", 4),
        ]
        var parts: [String] = []
        var count = 0
        var tokens = 0
        var index = 0
        while count < bytes {
            let (sentence, sentenceTokens) = sentences[index % sentences.count]
            parts.append(sentence)
            count += sentence.utf8.count + 1
            tokens += sentenceTokens
            index += 7
        }
        return (parts.joined(separator: " "), tokens)
    }

    @Test("a single line longer than --chunk-size is cut after a sentence end, not inside a sentence")
    func singleLineChunks() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("line.txt")
        let text = Self.singleLine(bytes: 1_300_000).text
        try Data(text.utf8).write(to: file)
        let result = try CLI.run(["annotate", "--stages", "tokens", "--chunk-size", "1", file.path], timeout: 120)
        #expect(result.status == 0, "\(result.err)")
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == 2)
        let first = try #require(records.first?["text"] as? String)
        let second = try #require(records.last?["text"] as? String)
        #expect(first + second == text)
        #expect(first.hasSuffix(". ") || first.hasSuffix("? ") || first.hasSuffix("! "), "\(first.suffix(40))")
        #expect(!first.hasSuffix("Dr. "))
        #expect(second.first?.isUppercase == true || second.first == "„", "\(second.prefix(40))")
    }

    @Test("the record of a document over 1 MB is streamed: one valid line, every token in it")
    func streamedRecord() throws {
        let (text, tokenCount) = Self.singleLine(bytes: 1_200_000)
        let line = try JSONSerialization.data(withJSONObject: ["id": "big", "text": text]) + Data([0x0A])
        let small = Data(#"{"id": "small", "text": "Kiew dankt."}"#.utf8) + Data([0x0A])
        for jobs in ["1", "2"] {
            let result = try CLI.run(["annotate", "--stages", "tokens", "--jobs", jobs], stdin: small + line + small, timeout: 120)
            #expect(result.status == 0, "\(result.err)")
            let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            #expect(records.map { $0["id"] as? String } == ["small", "big", "small"])
            #expect(records[1]["text"] as? String == text)
            let tokens = try #require(records[1]["tokens"] as? [[String: Any]])
            #expect(tokens.count == tokenCount)
            let last = try #require(tokens.last?["end"] as? Int)
            #expect(last == text.unicodeScalars.count)
        }
    }

    @Test("a JSON line longer than --max-line is an error record in its place; the lines around it are read")
    func overlongLine() throws {
        let long = try JSONSerialization.data(withJSONObject: ["id": "big", "text": String(repeating: "Kiew dankt. ", count: 100_000)])
        var input = Data(#"{"id": "a", "text": "Moskau."}"#.utf8) + Data([0x0A]) + long + Data([0x0D, 0x0A])
        input += Data(#"{"id": "c", "text": "Kiew."}"#.utf8)
        let result = try CLI.run(["annotate", "--stages", "tokens", "--max-line", "1"], stdin: input)
        #expect(result.status == 1)
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.map { $0["id"] as? String } == ["a", nil, "c"])
        #expect(records[1]["error"] as? String
            == "stdin: line 2: the line has \(long.count + 1) bytes, more than --max-line 1 MB (split the text or raise the limit)")
        #expect(records[2]["text"] as? String == "Kiew.")
    }

    @Test("a full disk on standard output (ENOSPC) is an error with exit status 1")
    func fullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }  // Linux only
        let process = Process()
        process.executableURL = try CLI.executable.get()
        process.arguments = ["annotate", "--stages", "tokens", "--quiet"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"id": 1, "text": "Moskau droht Kiew."}"#.utf8 + [0x0A]))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("cannot write standard output: No space left on device"))
    }
}
