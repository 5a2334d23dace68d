import Foundation
import Testing
import TestSupport
@testable import Lesart

/// The default pipeline looks each token up once for the entity and the stance stage
/// (``EntityStage`` hands the stance lexicon's ids on): results equal separate lookups.
@Suite("Shared word ids")
struct SharedWordIDsTests {
    static let german = Result { try Pipeline.german() }

    /// The default stages with the entity and stance stages rebuilt without sharing.
    static func separateLookups(_ pipeline: Pipeline) throws -> Pipeline {
        try Pipeline(pipeline.stages.map { stage -> any PipelineStage in
            if let entities = stage as? EntityStage { return EntityStage(tagger: entities.tagger) }
            if let stances = stage as? StanceStage { return StanceStage(detector: stances.detector) }
            return stage
        })
    }

    /// The JSONL record of `text` annotated by `pipeline`.
    static func record(_ text: String, _ pipeline: Pipeline) throws -> String {
        let document = try pipeline.makeSession().annotate(text: text, id: "t")
        #expect(document.handedOnWordIDs.table == nil, "handed-on ids leave no trace on the result")
        var out = OutputBuffer()
        JSONLWriter().write(document, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static let texts = [
        "Moskau drohte der Ukraine mit Vergeltung. Die NATO unterstützt die Ukraine.",
        "Der Kreml kritisierte die Waffenlieferungen der USA scharf. Das Land lehnt jede Einmischung ab.",
        "Frankreichs Präsident Emmanuel Macron sicherte Kiew weitere Hilfe zu, sagte ein Sprecher in Paris.",
        "",
        "Die russische Regierung distanzierte sich von den Äußerungen. China und Russland vertiefen ihr Bündnis.",
    ]

    @Test("the default pipeline shares one lookup between the entity and the stance stage")
    func defaultPipelineShares() throws {
        let stages = try Self.german.get().stages
        let entities = try #require(stages.compactMap { $0 as? EntityStage }.first)
        let stances = try #require(stages.compactMap { $0 as? StanceStage }.first)
        #expect(entities.sharedWords != nil)
        #expect(entities.sharedWords === stances.sharedWords)
        // Without a stance stage there is nothing to share.
        let entitiesOnly = try Pipeline.german(providing: .entities).stages.compactMap { $0 as? EntityStage }.first
        #expect(entitiesOnly?.sharedWords == nil)
    }

    @Test("shared and separate lookups give the same records")
    func sameRecords() throws {
        let shared = try Self.german.get()
        let separate = try Self.separateLookups(shared)
        var texts = Self.texts
        let sample = Fixtures.packageRoot.appendingPathComponent("Corpora/de/russland-allianzen.txt")
        texts.append(try String(contentsOf: sample, encoding: .utf8))
        for text in texts {
            #expect(try Self.record(text, shared) == Self.record(text, separate))
        }
        // The sample has stances: the comparison covers the handed-on ids.
        #expect(try shared.makeSession().annotate(text: texts.last!).stances.count > 5)
    }

    @Test("handed-on ids serve only the next stage; ids for other tokens are not taken")
    func staleIDsAreNotTaken() throws {
        let pipeline = try Self.german.get()
        let text = Self.texts[0]
        let expected = try pipeline.makeSession().annotate(text: text)
        let stages = pipeline.stages
        let stance = try #require(stages.last as? StanceStage)
        let shared = try #require(stance.sharedWords)
        // Ids of another table, or of the right table for other tokens: the stage looks up itself.
        var document = try pipeline.prefix(providing: .entities).makeSession().annotate(text: text)
        for handedOn in [HandedOnWordIDs(table: ObjectIdentifier(shared), ids: [Int32](repeating: 0, count: 3)),
                         HandedOnWordIDs(table: ObjectIdentifier(Int.self), ids: [Int32](repeating: 0, count: document.tokens.count))] {
            var copy = document
            copy.handedOnWordIDs = handedOn
            stance.process(&copy)
            #expect(copy.stances.count == expected.stances.count)
            #expect(copy.stances.map(\.cueFirstToken) == expected.stances.map(\.cueFirstToken))
        }
        // A stage between the entity and the stance stage sees the ids; the session drops
        // them before the stance stage, which looks up itself and finds the same.
        let inserted = try pipeline.inserting(CheckingStage(), after: "entities")
        document = try inserted.makeSession().annotate(text: text)
        #expect(document.handedOnWordIDs.table == nil)
        #expect(document.stances.map(\.cueFirstToken) == expected.stances.map(\.cueFirstToken))
        #expect(!expected.stances.isEmpty)
    }
}

/// Runs right after the entity stage and checks that it sees the ids handed on.
struct CheckingStage: PipelineStage, StageWorker {
    var name: String { "checking" }
    var requires: Annotations { .entities }
    var provides: Annotations { [] }
    func makeWorker() -> any StageWorker { self }
    func process(_ document: inout Document) {
        #expect(document.handedOnWordIDs.table != nil)
    }
}
