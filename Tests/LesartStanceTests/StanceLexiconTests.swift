import Foundation
import Testing
import Lesart
import TestSupport

/// The stance lexicon loads, generates verb forms, and rejects malformed lines with
/// file, line and reason.
@Suite("Stance lexicon")
struct StanceLexiconTests {
    @Test("the bundled lexicon loads with at least 60 cues per label")
    func bundled() throws {
        let lexicon = try StanceLexicon()
        #expect(lexicon.cueCount >= 180)
        #expect(lexicon.formCount > lexicon.cueCount * 3)
    }

    /// Writes a stance folder with `cues` and the bundled lists into a temporary Lexicons folder.
    static func folder(cues: String) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lesart-stance-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("stance"), withIntermediateDirectories: true)
        let bundled = Fixtures.packageRoot.appendingPathComponent("Lexicons/stance")
        for file in try fm.contentsOfDirectory(atPath: bundled.path) where file != "cues.tsv" {
            try fm.copyItem(at: bundled.appendingPathComponent(file), to: root.appendingPathComponent("stance/" + file))
        }
        try cues.write(to: root.appendingPathComponent("stance/cues.tsv"), atomically: true, encoding: .utf8)
        return root.path
    }

    static func loadError(_ cues: String) throws -> String {
        do {
            _ = try StanceLexicon(lexicons: try folder(cues: cues))
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    @Test("malformed cue lines name file, line and reason", arguments: [
        ("liefern\tverb\tsupport\t-\t-\tsubject\tobject\nhelfen\tverbum\tsupport\t-\t-\tsubject\tobject\n", "cues.tsv:2", "unknown POS"),
        ("liefern\tverb\tfriendship\t-\t-\tsubject\tobject\n", "cues.tsv:1", "unknown label"),
        ("liefern\tverb\tsupport\t-\t-\tsomebody\tobject\n", "cues.tsv:1", "unknown holder slot"),
        ("liefern\tverb\tsupport\t-\t-\tsubject\tprep\n", "cues.tsv:1", "unknown target slot"),
        ("liefern\tverb\tsupport\t-\t-\tsubject\n", "cues.tsv:1", "expected 7"),
    ])
    func errors(cues: String, place: String, reason: String) throws {
        let message = try Self.loadError(cues)
        #expect(message.contains(place), "\(message)")
        #expect(message.contains(reason), "\(message)")
    }

    @Test("a new verb needs only a lexicon line: regular and separable forms are generated")
    func newVerb() throws {
        let path = try Self.folder(cues: """
            beschenken\tverb\tsupport\t-\t-\tsubject\tobject
            zuschanzen\tverb\tsupport\tzu\t-\tsubject\tobject
            """)
        let profile = try LanguageProfile.german()
        let tokenizer = Tokenizer(profile: profile)
        let session = try tokenizer.makeSession()
        let gazetteer = try Gazetteer(tokenizer: tokenizer)
        let detector = StanceDetector(lexicon: try StanceLexicon(lexicons: path))
        func records(_ text: String) -> [String] {
            var doc = Document(text: text)
            session.tokenize(&doc)
            SentenceSplitter(profile: profile).split(&doc)
            EntityTagger(gazetteer: gazetteer).tag(&doc)
            detector.detect(&doc)
            return doc.stances.map { "\(doc.actor(of: doc.entities[Int($0.holder)]))→\(doc.actor(of: doc.entities[Int($0.target)])) \($0.label.name)" }
        }
        #expect(records("Frankreich beschenkte Polen.") == ["Frankreich→Polen support"])
        #expect(records("Frankreich hat Polen beschenkt.") == ["Frankreich→Polen support"])
        #expect(records("Frankreich schanzte Polen Gelder zu.") == ["Frankreich→Polen support"])
        #expect(records("Frankreich hat Polen Gelder zugeschanzt.") == ["Frankreich→Polen support"])
    }
}
