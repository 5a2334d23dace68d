import Foundation
import Testing
import TestSupport
@testable import LesartStance

/// The words single rules look for live in `Lexicons/stance/rule-words.tsv` (and the
/// contractions and feminine endings beside it), not in Swift.
@Suite("Stance rule words")
struct RuleWordLexiconTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Lexicons/stance").path

    @Test("every class has its own bit and at least one word in the bundled file")
    func everyClassUsed() throws {
        let lexicon = try RuleWordLexicon(folder: Self.folder)
        var seen: RuleWordClass = []
        for (name, value) in RuleWordClass.names {
            #expect(value.rawValue.nonzeroBitCount == 1, "\(name)")
            #expect(seen.isDisjoint(with: value), "\(name) shares a bit")
            seen.formUnion(value)
            #expect(lexicon.classes.values.contains { $0.contains(value) }, "class \(name) has no word")
        }
        // The bits (written as literals) are the first ones, none skipped.
        #expect(seen.rawValue == (1 << UInt128(RuleWordClass.names.count)) - 1)
    }

    @Test("words are classed as written: 'zwischen' and 'Zwischen' listed, 'ZWISCHEN' not")
    func asWritten() throws {
        let lexicon = try RuleWordLexicon(folder: Self.folder)
        #expect(lexicon.classes(of: "zwischen").contains(.between))
        #expect(lexicon.classes(of: "Zwischen").contains(.between))
        #expect(lexicon.classes(of: "ZWISCHEN").isEmpty)
        #expect(lexicon.classes(of: "mit") == [.tensionSide, .accompaniment, .symmetric])
    }

    @Test("fused prepositions name their preposition; feminine endings load")
    func contractions() throws {
        let lexicon = try RuleWordLexicon(folder: Self.folder)
        let vom = try #require(lexicon.contractions[Array("vom".utf8)])
        #expect(lexicon.prepositions[Int(vom)] == "von")
        let zur = try #require(lexicon.contractions[Array("zur".utf8)])
        #expect(lexicon.prepositions[Int(zur)] == "zu")
        #expect(lexicon.contractions[Array("von".utf8)] == nil)
        #expect(lexicon.feminineEndings.contains("schaft"))
        #expect(lexicon.attitudeSlots == [.preposition("gegenüber")])
    }

    @Test("an unknown class names the file and line")
    func unknownClass() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lesart-rule-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for file in ["contractions.tsv", "feminine-endings.txt"] {
            try FileManager.default.copyItem(atPath: Self.folder + "/" + file, toPath: root.appendingPathComponent(file).path)
        }
        try "# header\nzwischen\tbetween\nmit\tsymmetric,nonsense\n".write(
            to: root.appendingPathComponent("rule-words.tsv"), atomically: true, encoding: .utf8)
        do {
            _ = try RuleWordLexicon(folder: root.path)
            Issue.record("loaded a file with an unknown class")
        } catch {
            #expect("\(error)".contains("rule-words.tsv:3"), "\(error)")
            #expect("\(error)".contains("nonsense"), "\(error)")
        }
    }

    @Test("no rule in Sources/LesartStance compares a token with a German word written in Swift")
    func noWordsInSwift() throws {
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources/LesartStance")
        let comparison = try Regex(#"(equals\w*|isPreposition|startsWith)\([^()]*,\s*"\p{L}|==\s*"\p{L}"#)
        var found: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) where file.hasPrefix("StanceScan") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if code.contains(comparison) { found.append("\(file):\(n + 1): \(line)") }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
