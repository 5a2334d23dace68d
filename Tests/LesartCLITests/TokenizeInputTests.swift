import Foundation
import Testing
import TestSupport

/// `lesart tokenize` on bad and unusual input: invalid UTF-8, missing files, empty input,
/// a BOM, CRLF and NUL bytes.
@Suite("lesart tokenize: input")
struct TokenizeInputTests {
    /// Writes the files of one test into a fresh folder.
    final class Files {
        let dir: URL
        init() throws { dir = try CLI.makeTemporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
    }

    static let invalidBytes: [UInt8] = Array("Hallo ".utf8) + [0xFF] + Array(" Welt".utf8)

    @Test("Invalid UTF-8: error record in the document's place, stderr names file and offset, exit 1")
    func invalidUTF8() throws {
        let files = try Files()
        let first = try files.write("first.txt", "Erstes Dokument.")
        let bad = try files.write("bad.txt", Self.invalidBytes)
        let last = try files.write("last.txt", "Letztes Dokument.")
        let result = try CLI.run(["tokenize", "--format", "jsonl", first, bad, last])
        #expect(result.status == 1)
        #expect(result.reason == .exit)
        #expect(result.err.contains(bad))
        #expect(result.err.contains("byte offset 6"))
        let records = try JSONLRecord.parse(result)
        try #require(records.count == 3)
        #expect(records.map(\.id) == [first, bad, last])
        #expect(records[0].error == nil)
        #expect(records[0].tokenTexts() == ["Erstes", "Dokument", "."])
        #expect(records[2].error == nil)
        #expect(records[2].tokenTexts() == ["Letztes", "Dokument", "."])
        let error = try #require(records[1].error)
        #expect(error.contains("byte offset 6"))
        #expect(records[1].text == nil)
        #expect(records[1].tokens == nil)
        // The raw line is exactly {"id":…,"error":…}.
        #expect(result.lines[1].hasPrefix("{\"id\":"))
    }

    @Test("Invalid UTF-8 in vertical and CoNLL-U output: an error comment, exit 1", arguments: ["vertical", "conllu"])
    func invalidUTF8OtherFormats(format: String) throws {
        let files = try Files()
        let bad = try files.write("bad.txt", Self.invalidBytes)
        let good = try files.write("good.txt", "Gut.")
        let result = try CLI.run(["tokenize", "--format", format, bad, good])
        #expect(result.status == 1)
        #expect(result.err.contains(bad))
        #expect(result.out.hasPrefix("# error"))
        #expect(result.out.contains("byte offset 6"))
        #expect(result.out.contains("Gut"))
    }

    @Test("--lossy: U+FFFD in the text, a warning, exit 0")
    func lossy() throws {
        let files = try Files()
        let bad = try files.write("bad.txt", Self.invalidBytes)
        let result = try CLI.run(["tokenize", "--format", "jsonl", "--lossy", bad])
        #expect(result.status == 0)
        #expect(result.err.localizedCaseInsensitiveContains("warning"))
        #expect(result.err.contains(bad))
        let records = try JSONLRecord.parse(result)
        try #require(records.count == 1)
        #expect(records[0].error == nil)
        #expect(records[0].text == "Hallo \u{FFFD} Welt")
        let tokens = records[0].tokenTexts()
        #expect(tokens.first == "Hallo")
        #expect(tokens.last == "Welt")
    }

    @Test("A missing file: error record with the OS reason, others still processed, exit 1")
    func missingFile() throws {
        let files = try Files()
        let good = try files.write("good.txt", "Hier bin ich.")
        let missing = files.dir.appendingPathComponent("nicht-da.txt").path
        let result = try CLI.run(["tokenize", "--format", "jsonl", missing, good])
        #expect(result.status == 1)
        #expect(result.err.contains(missing))
        let records = try JSONLRecord.parse(result)
        try #require(records.count == 2)
        #expect(records[0].id == missing)
        let error = try #require(records[0].error)
        #expect(error.contains(missing))
        #expect(error.contains("cannot read"))
        // The reason: strerror's "No such file or directory" or Foundation's "The file doesn’t exist."
        #expect(error.localizedCaseInsensitiveContains("no such file") || error.contains("exist"), "error: \(error)")
        #expect(records[1].id == good)
        #expect(records[1].tokenTexts() == ["Hier", "bin", "ich", "."])
    }

    @Test("Empty input: no tokens, exit 0")
    func emptyInput() throws {
        let vertical = try CLI.run(["tokenize"], stdin: Data())
        #expect(vertical.status == 0)
        #expect(vertical.out == "")
        #expect(vertical.err == "")

        let jsonl = try CLI.run(["tokenize", "--format", "jsonl"], stdin: Data())
        #expect(jsonl.status == 0)
        let records = try JSONLRecord.parse(jsonl)
        try #require(records.count == 1)
        #expect(records[0].text == "")
        #expect(records[0].tokens?.isEmpty == true)
        #expect(records[0].sentences?.isEmpty == true)

        let whitespace = try CLI.run(["tokenize"], stdin: Data(" \n\t\r\n  ".utf8))
        #expect(whitespace.status == 0)
        #expect(whitespace.out == "")
    }

    @Test("A UTF-8 BOM is not a token")
    func byteOrderMark() throws {
        let input = Data("\u{FEFF}Hallo Welt.".utf8)
        let vertical = try CLI.run(["tokenize"], stdin: input)
        #expect(vertical.status == 0)
        #expect(vertical.out == "Hallo\nWelt\n.\n\n")

        let jsonl = try CLI.run(["tokenize", "--format", "jsonl"], stdin: input)
        let records = try JSONLRecord.parse(jsonl)
        try #require(records.count == 1)
        #expect(records[0].text == "\u{FEFF}Hallo Welt.")
        #expect(records[0].tokenTexts() == ["Hallo", "Welt", "."])
        #expect(records[0].tokens?.first?.start == 1)
    }

    @Test("CRLF is whitespace")
    func crlf() throws {
        let result = try CLI.run(["tokenize"], stdin: Data("Hallo Welt.\r\nNeue Zeile.\r\n".utf8))
        #expect(result.status == 0)
        #expect(!result.out.contains("\r"))
        #expect(result.out == "Hallo\nWelt\n.\n\nNeue\nZeile\n.\n\n")
    }

    @Test("NUL bytes do not crash and are not tokens")
    func nulBytes() throws {
        let input = Data("Hallo\u{0}Welt ist\u{0}\u{0}da.\u{0}".utf8)
        let vertical = try CLI.run(["tokenize"], stdin: input)
        #expect(vertical.status == 0)
        #expect(vertical.reason == .exit)
        #expect(!vertical.err.contains("Fatal error"))
        #expect(!vertical.out.contains("\u{0}"))
        #expect(vertical.lines == ["Hallo", "Welt", "ist", "da", "."])

        let jsonl = try CLI.run(["tokenize", "--format", "jsonl"], stdin: input)
        #expect(jsonl.status == 0)
        let records = try JSONLRecord.parse(jsonl)
        try #require(records.count == 1)
        #expect(records[0].text == "Hallo\u{0}Welt ist\u{0}\u{0}da.\u{0}")
        #expect(records[0].tokenTexts() == ["Hallo", "Welt", "ist", "da", "."])
    }

    @Test("Random texts: exit 0, jsonl tokens lie in the text, in order",
          arguments: [["--convention", "empirist"], ["--convention", "ud"], ["--icu-only"]])
    func randomTexts(options: [String]) throws {
        var generator = SplitMix64(seed: 2026)
        let files = try Files()
        var paths: [String] = []
        var texts: [String] = []
        for k in 0..<80 {
            let text = RandomText.make(using: &generator, maxRuns: 40)
            texts.append(text)
            paths.append(try files.write("r\(k).txt", text))
        }
        let result = try CLI.run(["tokenize", "--format", "jsonl"] + options + paths)
        #expect(result.status == 0)
        #expect(!result.err.contains("Fatal error"))
        if result.status != 0 {
            // Name the texts that fail on their own.
            for (path, text) in zip(paths, texts) {
                let single = try CLI.run(["tokenize"] + options + [path])
                if single.status != 0 {
                    Issue.record("lesart tokenize \(options.joined(separator: " ")) exits \(single.status) on \(String(reflecting: text)): \(single.err.prefix(300))")
                }
            }
        }
        let records = try JSONLRecord.parse(result)
        try #require(records.count == texts.count)
        for (record, text) in zip(records, texts) {
            #expect(record.text == text)
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for token in record.tokens ?? [] {
                #expect(token.start < token.end && token.end <= scalars.count, "\(String(reflecting: text))")
                #expect(token.start >= previousEnd, "overlap in \(String(reflecting: text))")
                previousEnd = max(previousEnd, token.end)
            }
            // Sentences cover the tokens: first starts at the first token, last ends at the last.
            if let tokens = record.tokens, let sentences = record.sentences, let first = tokens.first, let last = tokens.last {
                #expect(sentences.first?.start == first.start, "\(String(reflecting: text))")
                #expect(sentences.last?.end == last.end, "\(String(reflecting: text))")
            } else {
                #expect(record.sentences?.isEmpty ?? false, "sentences without tokens in \(String(reflecting: text))")
            }
        }
    }

    @Test("--icu-only gives the same output as the fast path")
    func icuOnlySameOutput() throws {
        let text = """
            Am 3. Okt. kam Dr. Müller, z. B. mit der EU-Delegation. Er zahlte 1.000,50 € für 2 Äpfel!
            Sieh dir https://example.org/a_(b) an :-) oder schreib an info@example.de #Thema @anna
            Die Bürger*innen und Kolleg:innen geht's gut... Wirklich?! Ja – „sicher“ (oder nicht).
            """
        let fast = try CLI.run(["tokenize", "--format", "jsonl"], stdin: Data(text.utf8))
        let icu = try CLI.run(["tokenize", "--format", "jsonl", "--icu-only"], stdin: Data(text.utf8))
        #expect(fast.status == 0)
        #expect(icu.status == 0)
        #expect(fast.out == icu.out)
    }
}
