import Foundation
import Testing
import TestSupport

/// `lesart tokenize` output formats, offsets and conventions, run on the built executable.
@Suite("lesart tokenize: formats")
struct TokenizeOutputTests {
    @Test("The built executable is found next to the test bundle")
    func executableIsFound() throws {
        let url = try CLI.executable.get()
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
    }

    @Test("Vertical format on stdin: one token per line, a blank line after each sentence")
    func verticalFromStdin() throws {
        let result = try CLI.run(["tokenize"], stdin: Data("Das ist gut. Wir gehen heim.\n".utf8))
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out == "Das\nist\ngut\n.\n\nWir\ngehen\nheim\n.\n\n")
    }

    @Test("Explicit --format vertical equals the default")
    func verticalExplicit() throws {
        let input = Data("Am 3. Okt. kam Dr. Müller, z. B. mit der EU-Delegation.".utf8)
        let implicit = try CLI.run(["tokenize"], stdin: input)
        let explicit = try CLI.run(["tokenize", "--format", "vertical"], stdin: input)
        #expect(implicit.status == 0)
        #expect(explicit.status == 0)
        #expect(implicit.out == explicit.out)
        #expect(!implicit.out.isEmpty)
    }

    /// Ä (2 bytes) and 😀 (4 bytes, 2 UTF-16 units) make the three units differ.
    static let offsetText = "Ärger 😀! Heute gut.\n"
    static let offsetTokens = ["Ärger", "😀", "!", "Heute", "gut", "."]
    static let offsetSentences = ["Ärger 😀!", "Heute gut."]

    @Test("jsonl: one record per file in input order, scalar offsets by default")
    func jsonlRecords() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        let c = dir.appendingPathComponent("c.txt")
        try Data(Self.offsetText.utf8).write(to: a)
        try Data("Zweites Dokument.".utf8).write(to: b)
        try Data("Drittes. Mit zwei Sätzen.".utf8).write(to: c)

        let result = try CLI.run(["tokenize", "--format", "jsonl", c.path, a.path, b.path])
        #expect(result.status == 0)
        #expect(result.err == "")
        let records = try JSONLRecord.parse(result)
        try #require(records.count == 3)
        #expect(records.map(\.id) == [c.path, a.path, b.path])
        #expect(records.map(\.text) == ["Drittes. Mit zwei Sätzen.", Self.offsetText, "Zweites Dokument."])
        #expect(records.allSatisfy { $0.error == nil && $0.tokens != nil && $0.sentences != nil })

        let doc = records[1]
        #expect(doc.tokenTexts() == Self.offsetTokens)
        #expect(doc.sentenceTexts() == Self.offsetSentences)
        let tokens = try #require(doc.tokens)
        #expect(tokens.map(\.start) == [0, 6, 7, 9, 15, 18])
        #expect(tokens.map(\.end) == [5, 7, 8, 14, 18, 19])
        #expect(tokens.map(\.kind) == ["word", "emoji", "punctuation", "word", "word", "punctuation"])
        let sentences = try #require(doc.sentences)
        #expect(sentences.map(\.start) == [0, 9])
        #expect(sentences.map(\.end) == [8, 19])

        #expect(records[0].sentenceTexts() == ["Drittes.", "Mit zwei Sätzen."])
        let kinds = Set(["word", "number", "ordinal", "abbreviation", "punctuation", "symbol", "url", "email",
                         "mention", "hashtag", "emoticon", "emoji", "date", "time"])
        for record in records {
            for token in record.tokens ?? [] { #expect(kinds.contains(token.kind), "unknown kind \(token.kind)") }
        }
    }

    @Test("jsonl --offsets utf16 and utf8, and explicit scalar", arguments: ["scalar", "utf16", "utf8"])
    func jsonlOffsetUnits(unit: String) throws {
        let result = try CLI.run(["tokenize", "--format", "jsonl", "--offsets", unit],
                                 stdin: Data(Self.offsetText.utf8))
        #expect(result.status == 0)
        let records = try JSONLRecord.parse(result)
        try #require(records.count == 1)
        let doc = records[0]
        #expect(doc.id == "stdin")
        #expect(doc.text == Self.offsetText)
        #expect(doc.tokenTexts(unit: unit) == Self.offsetTokens)
        #expect(doc.sentenceTexts(unit: unit) == Self.offsetSentences)
        let tokens = try #require(doc.tokens)
        let sentences = try #require(doc.sentences)
        switch unit {
        case "utf16":
            #expect(tokens.map(\.start) == [0, 6, 8, 10, 16, 19])
            #expect(tokens.map(\.end) == [5, 8, 9, 15, 19, 20])
            #expect(sentences.map(\.end) == [9, 20])
        case "utf8":
            #expect(tokens.map(\.start) == [0, 7, 11, 13, 19, 22])
            #expect(tokens.map(\.end) == [6, 11, 12, 18, 22, 23])
            #expect(sentences.map(\.end) == [12, 23])
        default:
            #expect(tokens.map(\.start) == [0, 6, 7, 9, 15, 18])
            #expect(tokens.map(\.end) == [5, 7, 8, 14, 18, 19])
            #expect(sentences.map(\.end) == [8, 19])
        }
    }

    @Test("jsonl escapes control characters and stays one line per document")
    func jsonlEscaping() throws {
        let text = "Er sagte \"Hallo\"\tund\\oder\nZeile\u{2028}zwei.\r\n"
        let result = try CLI.run(["tokenize", "--format", "jsonl"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        let records = try JSONLRecord.parse(result)
        try #require(records.count == 1)
        #expect(records[0].text == text)
    }

    @Test("CoNLL-U: sent_id, text, 10 columns, SpaceAfter=No")
    func conllu() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("doc.txt")
        try Data("Hallo, Welt! Wie geht es dir?\n".utf8).write(to: file)
        let result = try CLI.run(["tokenize", "--format", "conllu", file.path])
        #expect(result.status == 0)
        #expect(result.err == "")
        func row(_ id: Int, _ form: String, _ misc: String) -> String {
            "\(id)\t\(form)\t_\t_\t_\t_\t_\t_\t_\t\(misc)"
        }
        let expected = [
            "# sent_id = \(file.path)-1",
            "# text = Hallo, Welt!",
            row(1, "Hallo", "SpaceAfter=No"),
            row(2, ",", "_"),
            row(3, "Welt", "SpaceAfter=No"),
            row(4, "!", "_"),
            "",
            "# sent_id = \(file.path)-2",
            "# text = Wie geht es dir?",
            row(1, "Wie", "_"),
            row(2, "geht", "_"),
            row(3, "es", "_"),
            row(4, "dir", "SpaceAfter=No"),
            row(5, "?", "_"),
            "",
            "",
        ].joined(separator: "\n")
        #expect(result.out == expected)
        for line in result.out.split(separator: "\n") where !line.hasPrefix("#") {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 10, "\(line)")
        }
    }

    @Test("CoNLL-U: a sentence's # text stays on one line")
    func conlluMultilineSentence() throws {
        let result = try CLI.run(["tokenize", "--format", "conllu"], stdin: Data("Ein Satz\nüber zwei Zeilen.".utf8))
        #expect(result.status == 0)
        let comments = result.out.split(separator: "\n").filter { $0.hasPrefix("# text = ") }
        #expect(comments == ["# text = Ein Satz über zwei Zeilen."])
        let forms = result.out.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(forms.allSatisfy { $0.count == 10 })
        #expect(forms.map { String($0[1]) } == ["Ein", "Satz", "über", "zwei", "Zeilen", "."])
        // MISC is the last column. The final "." ends the text: "_" (nothing to touch).
        #expect(forms.map { String($0.last ?? "") } == ["_", "_", "_", "_", "SpaceAfter=No", "_"])
    }

    @Test("EU-Beitritt: one token by default, three with --convention ud")
    func conventions() throws {
        let input = Data("Der EU-Beitritt kommt.".utf8)
        let byDefault = try CLI.run(["tokenize"], stdin: input)
        let empirist = try CLI.run(["tokenize", "--convention", "empirist"], stdin: input)
        let ud = try CLI.run(["tokenize", "--convention", "ud"], stdin: input)
        #expect(byDefault.status == 0)
        #expect(empirist.status == 0)
        #expect(ud.status == 0)
        #expect(byDefault.lines == ["Der", "EU-Beitritt", "kommt", "."])
        #expect(empirist.lines == byDefault.lines)
        #expect(ud.lines == ["Der", "EU", "-", "Beitritt", "kommt", "."])
    }
}
