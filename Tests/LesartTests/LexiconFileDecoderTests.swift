import Foundation
import Testing
import TestSupport
@testable import Lesart
@testable import LesartEntities

/// The per-file decoders (``ProfileFileDecoder``, ``GazetteerFileDecoder``,
/// ``StanceFileDecoder``): the readers the loaders call, on contents in memory.
@Suite("Lexicon file decoders")
struct LexiconFileDecoderTests {
    static let root = Fixtures.packageRoot.appendingPathComponent("Lexicons").path
    static let profile = try! ProfileFileDecoder(lexicons: root)
    static let gazetteer = try! GazetteerFileDecoder(lexicons: root)
    static let stance = try! StanceFileDecoder(lexicons: root)

    /// Decodes `text` as the file `file` (`gazetteer/cities.tsv`).
    static func decode(_ file: String, _ text: String) throws(LexiconError) -> DecodedLexiconFile {
        try decode(file, bytes: Array(text.utf8))
    }

    static func decode(_ file: String, bytes: [UInt8]) throws(LexiconError) -> DecodedLexiconFile {
        let parts = file.split(separator: "/").map(String.init)
        switch parts[0] {
        case "gazetteer": return try gazetteer.decode(parts[1], contents: bytes)
        case "stance": return try stance.decode(parts[1], contents: bytes)
        default: return try profile.decode(parts[1], contents: bytes)
        }
    }

    /// The error decoding `text` as `file` throws, or nil (recorded) when it decodes.
    static func error(_ file: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> LexiconError? {
        do {
            let decoded = try decode(file, text)
            Issue.record("expected an error, decoded \(decoded.entries.count) entries", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("every file of the four folders decodes as bundled, one entry per data line")
    func bundledFiles() throws {
        for folder in ["common", "de", "gazetteer", "stance"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/" + folder)
            for name in names where name.hasSuffix(".txt") || name.hasSuffix(".tsv") {
                let contents = try Array(Data(contentsOf: URL(fileURLWithPath: "\(Self.root)/\(folder)/\(name)")))
                let decoded = try Self.decode("\(folder)/\(name)", bytes: contents)
                let lines = try LexiconFile(path: name, contents: contents, minFields: 1, maxFields: 8).lines
                #expect(decoded.entries.map(\.line) == lines.map(\.number), "\(folder)/\(name)")
                #expect(decoded.path.hasSuffix("/\(folder)/\(name)"))
            }
        }
    }

    @Test("an entity file decodes to the entries the gazetteer loader reads")
    func entityFileAsLoaded() throws {
        let path = Self.root + "/gazetteer/countries.tsv"
        let decoded = try Self.decode("gazetteer/countries.tsv", bytes: Array(Data(contentsOf: URL(fileURLWithPath: path))))
        let loaded = try GazetteerFiles.entries(in: path)
        #expect(decoded.entries.map(\.key) == loaded.map(\.id))
        #expect(decoded.entries.map(\.line) == loaded.map(\.line))
    }

    @Test("a bad line is an error naming the file and line", arguments: [
        ("gazetteer/places-hand.tsv", "# Kopf\nloc:x:1\tLOC\tA\t-\tA\tinflect\nloc:x:2\tPLACE\tB\t-\tB\tinflect\n", 3),
        ("gazetteer/demonyms.tsv", "loc:nowhere:0\tnirgendisch\t-\n", 1),
        ("gazetteer/actor-nouns.txt", "Regierung\tgovernment\tORG\t-\nStaatsrat\torgan\tORG\tAtlantis-Nirgendwo\n", 2),
        ("gazetteer/armed-groups.txt", "org:nowhere:none\n", 1),
        ("gazetteer/place-words.txt", "See\tadjective\nWeg\tbeside\n", 2),
        ("stance/lifting.txt", "hebt+auf\n+auf\n", 2),
        ("stance/lifting.txt", "hebt+\n", 1),
        ("stance/lifting.txt", "hebt+auf\n+\n", 2),
        ("stance/cues.tsv", "drohen\tverb\tthreat\t-\t-\tsubject\tobject\nwarnen\tverbal\tthreat\t-\t-\tsubject\tobject\n", 2),
        ("stance/modality.tsv", "vielleicht\tperhaps\n", 1),
        ("de/abbreviation-words.txt", "Zzzq.\n", 1),
        ("de/clitics.txt", "'s\tsuffix\ns\tsuffix\n", 2),
        ("common/emoticons.txt", String(repeating: ":", count: 64) + "\n", 1),
    ])
    func badLine(_ file: String, _ text: String, _ line: Int) throws {
        let error = try #require(Self.error(file, text))
        #expect(error.file.hasSuffix("/" + file))
        #expect(error.line == line)
        #expect(!error.reason.isEmpty)
    }

    @Test("invalid UTF-8 and a wrong field count name their line")
    func parseErrors() throws {
        do {
            _ = try Self.decode("stance/negators.txt", bytes: Array("nicht\nkein".utf8) + [0xFF])
            Issue.record("invalid UTF-8 decoded")
        } catch {
            #expect(error.line == 2)
            #expect(error.reason.contains("UTF-8"))
        }
        let fields = try #require(Self.error("gazetteer/organisation-words.txt", "Verband\tclub\nBund\n"))
        #expect(fields.line == 2)
    }

    @Test("a file no loader reads is an error")
    func unknownFile() {
        #expect(throws: LexiconError.self) { try Self.gazetteer.decode("demonyme.tsv.txt", contents: []) }
        #expect(throws: LexiconError.self) { try Self.stance.decode("cue.tsv", contents: []) }
        #expect(throws: LexiconError.self) { try Self.profile.decode("tld.txt", contents: []) }
    }
}
