import Foundation
import Testing
import Lesart

/// Malformed gazetteer files stop loading with file, line and reason.
@Suite("Gazetteer errors")
struct GazetteerErrorTests {
    static func loadError(entities: String, demonyms: String = "", extraFiles: [String: String] = [:]) throws -> String {
        let path = try TestGazetteer.folder(entities: entities, demonyms: demonyms, extraFiles: extraFiles)
        let profile = try LanguageProfile.german(lexicons: path)
        do {
            _ = try Gazetteer(lexicons: path, tokenizer: Tokenizer(profile: profile))
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    @Test("an unknown label names file and line")
    func unknownLabel() throws {
        let message = try Self.loadError(entities: "# x\nloc:a\tLOC\tA\t-\tA\tinflect\nloc:b\tPLACE\tB\t-\tB\tinflect\n")
        #expect(message.contains("entities.tsv:3"))
        #expect(message.contains("unknown label 'PLACE'"))
    }

    @Test("an empty surface form is an error")
    func emptyForm() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA||B\tinflect\n")
        #expect(message.contains("entities.tsv:1"))
        #expect(message.contains("surface form 2"))
    }

    @Test("a duplicate id is an error")
    func duplicateID() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA\tinflect\nloc:a\tLOC\tB\t-\tB\tinflect\n")
        #expect(message.contains("entities.tsv:2"))
        #expect(message.contains("duplicate id 'loc:a'"))
    }

    @Test("a wrong number of fields is an error")
    func fieldCount() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA\n")
        #expect(message.contains("entities.tsv:1"))
        #expect(message.contains("expected 6"))
    }

    @Test("an unknown policy is an error")
    func policy() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA\tsometimes\n")
        #expect(message.contains("unknown policy 'sometimes'"))
    }

    @Test("a demonym of an unknown entry is an error")
    func unknownDemonym() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA\tinflect\n", demonyms: "loc:zz\tzzisch\t-\n")
        #expect(message.contains("demonyms.tsv:1"))
        #expect(message.contains("unknown entity id 'loc:zz'"))
    }

    @Test("the check reports every problem, not only the first")
    func checkReportsAll() throws {
        let path = try TestGazetteer.folder(entities: "loc:a\tLOC\tA\tNirgendwo\tA|A\tinflect\nloc:a\tLOC\tB\t-\tB\tinflect\n")
        let problems = GazetteerCheck.problems(lexicons: path)
        #expect(problems.contains { $0.contains("duplicate id 'loc:a'") })
        #expect(problems.contains { $0.contains("form 'A' listed twice") })
        #expect(problems.contains { $0.contains("actor 'Nirgendwo'") })
    }

    @Test("an unknown role in rule-words.txt names file, line and the known roles")
    func unknownRuleWordRole() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA\tinflect\n",
                                         extraFiles: ["rule-words.txt": "# x\nfür\tinstitution-link\ner\tpronoun-feminine\n"])
        #expect(message.contains("rule-words.txt:3"))
        #expect(message.contains("unknown role 'pronoun-feminine'"))
        #expect(message.contains("pronoun-masculine"))
    }

    @Test("an unknown entry in plural-actors.txt names file and line")
    func unknownPluralActor() throws {
        let message = try Self.loadError(entities: "loc:a\tLOC\tA\t-\tA\tinflect\n",
                                         extraFiles: ["plural-actors.txt": "# x\nloc:a\nloc:b\n"])
        #expect(message.contains("plural-actors.txt:3"))
        #expect(message.contains("unknown entity id 'loc:b'"))
    }
}
