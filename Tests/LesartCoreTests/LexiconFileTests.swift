import Foundation
import Testing
import LesartCore

/// `LexiconFile` and `LexiconError`: the shared line format of every file under Lexicons/.
@Suite("LexiconFile")
struct LexiconFileTests {
    static let path = "test/lexicon.tsv"

    static func parse(_ text: String, min: Int = 1, max: Int = 1) throws(LexiconError) -> LexiconFile {
        try LexiconFile(path: path, contents: Array(text.utf8), minFields: min, maxFields: max)
    }

    /// The error parsing `bytes` throws, or nil (recorded as an issue) when it parses.
    static func error(_ bytes: [UInt8], min: Int = 1, max: Int = 1,
                      sourceLocation: SourceLocation = #_sourceLocation) -> LexiconError? {
        do {
            let file = try LexiconFile(path: path, contents: bytes, minFields: min, maxFields: max)
            Issue.record("expected an error, parsed \(file.lines.map(\.fields))", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    static func error(_ text: String, min: Int = 1, max: Int = 1,
                      sourceLocation: SourceLocation = #_sourceLocation) -> LexiconError? {
        error(Array(text.utf8), min: min, max: max, sourceLocation: sourceLocation)
    }

    @Test("LexiconError description is file:line: reason")
    func errorDescription() {
        #expect(LexiconError(file: "de/units.txt", line: 12, reason: "bad").description == "de/units.txt:12: bad")
        #expect(LexiconError(file: "a", line: 1, reason: "r") == LexiconError(file: "a", line: 1, reason: "r"))
        #expect(LexiconError(file: "a", line: 1, reason: "r") != LexiconError(file: "a", line: 2, reason: "r"))
        // Line 0 concerns the whole file.
        #expect(LexiconError(file: "x.txt", line: 0, reason: "cannot read").description.hasPrefix("x.txt"))
        #expect(LexiconError(file: "x.txt", line: 0, reason: "cannot read").description.hasSuffix("cannot read"))
    }

    @Test("Comments, blank lines and line numbers")
    func commentsAndBlankLines() throws {
        let text = """
            # header comment
            
            und
               # indented comment
            oder # trailing comment
            \t
            aber\t# after a tab
            sondern
            """
        let file = try Self.parse(text)
        #expect(file.path == Self.path)
        #expect(file.lines.map(\.number) == [3, 5, 7, 8])
        #expect(file.lines.map(\.fields) == [["und"], ["oder"], ["aber"], ["sondern"]])
    }

    @Test("Empty and comment-only files have no lines")
    func emptyFiles() throws {
        #expect(try Self.parse("").lines.isEmpty)
        #expect(try Self.parse("\n\n\n").lines.isEmpty)
        #expect(try Self.parse("# only\n#comments\n").lines.isEmpty)
    }

    @Test("TAB-separated fields and CRLF line ends")
    func fieldsAndCRLF() throws {
        let file = try Self.parse("Nr.\tNummer\r\nz. B.\tzum Beispiel\r\n\r\nusw.\r\n", min: 1, max: 2)
        #expect(file.lines.count == 3)
        #expect(file.lines[0].number == 1)
        #expect(file.lines[0].fields == ["Nr.", "Nummer"])
        #expect(file.lines[1].number == 2)
        #expect(file.lines[1].fields == ["z. B.", "zum Beispiel"])   // spaces inside a field are kept
        #expect(file.lines[2].number == 4)
        #expect(file.lines[2].fields == ["usw."])
        #expect(!file.lines.flatMap(\.fields).contains { $0.contains("\r") })
    }

    @Test("CRLF line ends in a one-field file")
    func crlfSingleField() throws {
        let file = try Self.parse("# Kommentar\r\nund\r\noder\r\n\r\naber\r\n")
        #expect(file.lines.map(\.fields) == [["und"], ["oder"], ["aber"]])
        #expect(file.lines.map(\.number) == [2, 3, 5])
    }

    @Test("Last line without newline is read")
    func noFinalNewline() throws {
        let file = try Self.parse("eins\nzwei")
        #expect(file.lines.map(\.fields) == [["eins"], ["zwei"]])
        #expect(file.lines.map(\.number) == [1, 2])
    }

    @Test("A # inside a token is not a comment")
    func hashInsideToken() throws {
        let file = try Self.parse("C#\tx\nF#-Dur\tTonart # comment\n#real comment\n", min: 2, max: 2)
        #expect(file.lines.map(\.fields) == [["C#", "x"], ["F#-Dur", "Tonart"]])
        #expect(file.lines.map(\.number) == [1, 2])
        let single = try Self.parse("C#\n")
        #expect(single.lines.map(\.fields) == [["C#"]])
    }

    @Test("Non-ASCII fields survive")
    func unicodeFields() throws {
        let file = try Self.parse("Straße\tStr.\n¯\\_(ツ)_/¯\temoticon\n", min: 2, max: 2)
        #expect(file.lines.map(\.fields) == [["Straße", "Str."], ["¯\\_(ツ)_/¯", "emoticon"]])
    }

    @Test("Wrong field count names the line")
    func wrongFieldCount() throws {
        let tooFew = try #require(Self.error("# c\na\tb\n\nc\n", min: 2, max: 2))
        #expect(tooFew.file == Self.path)
        #expect(tooFew.line == 4)
        #expect(tooFew.description.hasPrefix("\(Self.path):4: "))
        #expect(tooFew.reason.contains("2"))
        #expect(tooFew.reason.contains("1"))

        let tooMany = try #require(Self.error("a\nb\tc\td\n", min: 1, max: 2))
        #expect(tooMany.line == 2)
        #expect(tooMany.description.hasPrefix("\(Self.path):2: "))
        #expect(tooMany.reason.contains("3"))
    }

    @Test("Empty field is an error")
    func emptyField() throws {
        let e = try #require(Self.error("ok\tok\tok\na\t\tb\n", min: 3, max: 3))
        #expect(e.line == 2)
        #expect(e.reason.contains("field 2"))
        #expect(e.description.hasPrefix("\(Self.path):2: "))
    }

    @Test("Field with surrounding spaces is an error", arguments: ["a \tb\n", " a\tb\n", "a\t b\n", "a\t  \n", "x\ty\na\tb  c \tc\n"])
    func surroundingSpaces(_ text: String) throws {
        let e = try #require(Self.error(text, min: 2, max: 3))
        #expect(e.line == (text.hasPrefix("x") ? 2 : 1))
        #expect(e.file == Self.path)
    }

    @Test("Invalid UTF-8 is an error naming its line and byte offset")
    func invalidUTF8() throws {
        let bytes = Array("eins\nzw".utf8) + [0xFF] + Array("ei\n".utf8)
        let e = try #require(Self.error(bytes))
        #expect(e.file == Self.path)
        #expect(e.line == 2)
        #expect(e.reason.contains("7"))
        #expect(e.reason.localizedCaseInsensitiveContains("UTF-8"))
        #expect(e.description.hasPrefix(Self.path))
        #expect(e.description.hasSuffix(e.reason))

        let surrogate = try #require(Self.error(Array("a\n".utf8) + [0xED, 0xA0, 0x80]))
        #expect(surrogate.line == 2)
        #expect(try #require(Self.error([0xC3, 0x28])).line == 1)
        #expect(surrogate.reason.contains("2"))
    }

    @Test("Reading from disk works and a missing file names the path")
    func fromDisk() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("LexiconFileTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        let good = dir.appendingPathComponent("units.txt")
        try Data("# Einheiten\nkm\nkg\n".utf8).write(to: good)
        let file = try LexiconFile(path: good.path)
        #expect(file.path == good.path)
        #expect(file.lines.map(\.fields) == [["km"], ["kg"]])

        let bad = dir.appendingPathComponent("bad.tsv")
        try Data("a\tb\nc\n".utf8).write(to: bad)
        do {
            _ = try LexiconFile(path: bad.path, minFields: 2, maxFields: 2)
            Issue.record("expected an error for \(bad.path)")
        } catch {
            #expect(error.file == bad.path)
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("\(bad.path):2: "))
        }

        let missing = dir.appendingPathComponent("does-not-exist.txt").path
        do {
            _ = try LexiconFile(path: missing)
            Issue.record("expected an error for \(missing)")
        } catch {
            #expect(error.file == missing)
            #expect(error.line == 0)
            #expect(error.description.contains(missing))
        }
    }
}
