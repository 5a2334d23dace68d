import Testing
import LesartCore
import LesartTokenization
import TestSupport

/// Structural invariants (see ``InvariantChecker``) on every input of every table in this
/// module, in both conventions and with and without the Latin fast path, and on edge
/// inputs: empty text, whitespace only, a BOM, CR/LF variants, control characters and a
/// one-megabyte line.
@Suite("Offset and partition invariants")
struct OffsetInvariantTests {
    /// Every input text of the table tests in this module.
    static let tableTexts: [String] = {
        let tokenTables = AbbreviationTableTests.cases + NumberDateTableTests.cases + WordFormTableTests.cases
            + WebAndEmojiTableTests.cases + PunctuationTableTests.cases
        var seen = Set<String>()
        return (tokenTables.map(\.text) + ScriptTableTests.allTexts + SentenceSplitterTableTests.cases.map(\.text))
            .filter { seen.insert($0).inserted }
    }()

    static let edgeInputs: [String] = [
        "",
        " ",
        "   \t  ",
        "\n\n\n",
        "\r\n\r\n",
        "\u{FEFF}Hallo",
        "\u{FEFF}",
        "Hallo\u{FEFF}Welt",
        "Zeile eins\r\nZeile zwei\r\n",
        "Zeile eins\rZeile zwei\rZeile drei",
        "Absatz\r\r\rNeu",
        "Null\u{0}Byte",
        "\u{0}\u{1}\u{2}",
        "Glocke\u{7}und\u{1B}Escape\u{7F}",
        "C1\u{85}Steuer\u{9C}zeichen",
        "Geschützt\u{A0}Leer\u{202F}zeichen\u{3000}hier",
        "Zeilen\u{2028}trenner\u{2029}Absatz",
        "Vertikal\u{B}und\u{C}Seitenvorschub",
        " \t führend und folgend \t ",
        "e\u{301}\u{301}\u{301}",
        "\u{301}Kombinierend am Anfang",
        "\u{200D}\u{200D}",
        "a\u{200B}b",
        "🇩",
        "🏽",
        "...",
        "-",
        "\"",
        "'",
        "@",
        "#",
        "http://",
        "a@b",
        "1.",
        "Dr.",
        "z. B.",
    ]

    @Test("table inputs satisfy the invariants", arguments: Convention.allCases, [true, false])
    func tableInputs(convention: Convention, usesFastPath: Bool) throws {
        #expect(Self.tableTexts.count > 250)
        try checkAll(Self.tableTexts, convention: convention, usesFastPath: usesFastPath)
    }

    @Test("edge inputs satisfy the invariants", arguments: Convention.allCases, [true, false])
    func edgeInputs(convention: Convention, usesFastPath: Bool) throws {
        try checkAll(Self.edgeInputs, convention: convention, usesFastPath: usesFastPath)
    }

    @Test("empty and whitespace-only texts give no tokens and no sentences",
          arguments: ["", " ", "\n\n", "\r\n\t\u{FEFF}\u{0}\u{A0}\u{3000}\u{2029}"])
    func nothingToTokenize(_ text: String) throws {
        var document = try tokenize(text)
        SentenceSplitter(profile: Fixtures.german).split(&document)
        #expect(document.tokens.isEmpty)
        #expect(document.sentences.isEmpty)
    }

    @Test("a leading BOM is not a token")
    func byteOrderMark() throws {
        let document = try tokenize("\u{FEFF}Hallo Welt.")
        #expect(document.tokens.map { document.text(of: $0) } == ["Hallo", "Welt", "."])
        #expect(document.tokens.first?.start == 3)
        #expect(document.tokens.first?.flags.contains(.paragraphStart) == true)
    }

    @Test("CRLF and lone CR are whitespace and line breaks")
    func carriageReturns() throws {
        for text in ["eins\r\nzwei", "eins\rzwei"] {
            let document = try tokenize(text)
            #expect(document.tokens.map { document.text(of: $0) } == ["eins", "zwei"], "\(String(reflecting: text))")
            #expect(document.tokens.last?.flags.contains(.lineStart) == true)
            #expect(document.tokens.last?.flags.contains(.paragraphStart) == false)
            #expect(document.tokens.first?.flags.contains(.spaceAfter) == true)
        }
        for text in ["eins\r\n\r\nzwei", "eins\r\rzwei"] {
            let document = try tokenize(text)
            #expect(document.tokens.last?.flags.contains(.paragraphStart) == true, "\(String(reflecting: text))")
        }
    }

    @Test("control characters separate tokens")
    func controlCharacters() throws {
        let document = try tokenize("Null\u{0}Byte\u{1B}Ende")
        #expect(document.tokens.map { document.text(of: $0) } == ["Null", "Byte", "Ende"])
    }

    @Test("a one-megabyte single line", arguments: Convention.allCases)
    func oneMegabyteLine(convention: Convention) throws {
        let unit = "Die Bürger*innen zahlten am 3. Okt. ca. 1.000,50 € (vgl. https://example.org/x) – „toll“ 👍🏽 usw. "
        let repeats = (1 << 20) / unit.utf8.count + 1
        let text = String(repeating: unit, count: repeats)
        #expect(text.utf8.count >= 1 << 20)
        var document = try tokenize(text, convention: convention)
        SentenceSplitter(profile: Fixtures.german).split(&document)
        #expect(InvariantChecker.violations(in: document, requireSentences: true) == [])
        #expect(document.tokens.count > repeats * 15)
    }

    @Test("a session that tokenized a huge document tokenizes the next ones as a new session does")
    func sessionAfterHugeDocument() throws {
        let line = String(repeating: "Der Rat tagte am 3. Okt. in Wien, „wie immer“. ", count: 12_000)
        let texts = [line, "Kurz: ein Satz.", line, "Noch einer."]
        let tokenizer = Tokenizer(profile: Fixtures.german)
        let reused = try tokenizer.makeSession()
        for text in texts {
            var again = Document(text: text)
            reused.tokenize(&again)
            var fresh = Document(text: text)
            try tokenizer.makeSession().tokenize(&fresh)
            #expect(again.tokens == fresh.tokens)
            #expect(again.tokens.count == (text == line ? 12_000 * 14 : text == "Kurz: ein Satz." ? 5 : 3))
        }
    }

    @Test("one unbroken megabyte of letters is handled")
    func oneMegabyteWord() throws {
        let text = String(repeating: "a", count: 1 << 20)
        var document = try tokenize(text)
        SentenceSplitter(profile: Fixtures.german).split(&document)
        #expect(InvariantChecker.violations(in: document, requireSentences: true) == [])
        #expect(document.tokens.count >= 1)
    }

    private func checkAll(_ texts: [String], convention: Convention, usesFastPath: Bool) throws {
        let tokenizer = Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: usesFastPath)
        let session = try tokenizer.makeSession()
        let splitter = SentenceSplitter(profile: Fixtures.german)
        for text in texts {
            var document = Document(text: text)
            session.tokenize(&document)
            splitter.split(&document)
            let problems = InvariantChecker.violations(in: document, requireSentences: true)
            #expect(problems.isEmpty, "INVARIANT [\(convention.rawValue), fastPath: \(usesFastPath)] \(String(reflecting: text)): \(problems)")
        }
    }
}
