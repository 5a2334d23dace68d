import Lesart
import Testing

/// Drops every entity labelled LOC: a stage a user might write to keep stances between
/// organisations and people only.
struct DropPlacesStage: PipelineStage, StageWorker {
    var name: String { "drop-places" }
    var requires: Annotations { .entities }
    var provides: Annotations { [] }
    func makeWorker() -> any StageWorker { self }
    func process(_ document: inout Document) {
        document.entities.removeAll { $0.label == .location }
    }
}

/// A stage whose worker keeps state (a running count) and fails on request.
struct CountingStage: PipelineStage {
    struct Failure: Error {}
    var name: String { "counting" }
    var requires: Annotations { .tokens }
    var provides: Annotations { [] }
    func makeWorker() -> any StageWorker { Worker() }

    struct Worker: StageWorker {
        var seen = 0
        mutating func process(_ document: inout Document) throws {
            seen += 1
            if document.id == "fail" { throw Failure() }
            document.id = "\(document.id ?? "")#\(document.tokens.count)"
        }
    }
}

@Suite("Pipeline")
struct PipelineTests {
    static let german = Result { try Pipeline.german() }

    @Test("the default pipeline runs tokens, sentences, entities, stances in that order")
    func defaultPipeline() throws {
        let pipeline = try Self.german.get()
        #expect(pipeline.stageNames == ["tokens", "sentences", "entities", "stances"])
        #expect(pipeline.provides == [.tokens, .sentences, .entities, .stances])
        let document = try pipeline.makeSession().annotate(text: "Moskau drohte der Ukraine mit Vergeltung.")
        #expect(document.tokens.count == 7)
        #expect(document.sentences.count == 1)
        #expect(document.entities.map { document.actor(of: $0) } == ["Russland", "Ukraine"])
        #expect(document.stances.count == 1)
        let stance = try #require(document.stances.first)
        #expect(stance.label == .threat)
        #expect(document.actor(of: document.holder(of: stance)) == "Russland")
        #expect(document.text(of: document.target(of: stance)) == "Ukraine")
        #expect(document.cueText(of: stance) == "drohte")
        #expect(document.cueLemma(of: stance) == "drohen")
        #expect(document.text(of: document.sentence(of: stance)) == "Moskau drohte der Ukraine mit Vergeltung.")
    }

    @Test("bundled gazetteer: seats stand for their institution, renamed capitals go by their current name")
    func bundledActors() throws {
        let document = try Self.german.get().makeSession()
            .annotate(text: "Brüssel kritisiert Moskau. Nur-Sultan heißt wieder Astana. Astana unterstützt Peking.")
        #expect(document.entities.map { "\(document.text(of: $0))→\(document.actor(of: $0))" } == [
            "Brüssel→Europäische Union", "Moskau→Russland", "Nur-Sultan→Kasachstan", "Astana→Kasachstan", "Astana→Kasachstan",
            "Peking→China",
        ])
        #expect(document.stances.map { "\(document.actor(of: document.holder(of: $0)))→\(document.actor(of: document.target(of: $0)))" }
                == ["Europäische Union→Russland", "Kasachstan→China"])
    }

    @Test("bundled gazetteer: place + noun after a verb or a country is no team name; a city's team is")
    func teamNames() throws {
        let document = try Self.german.get().makeSession().annotate(text:
            "Deutschland kauft Russland Gas ab. Die USA liefern der Ukraine Kampfjets. Die Chicago Bulls siegten. "
            + "Sie flog als Kuwait National Airways.")
        #expect(document.entities.map { "\(document.text(of: $0))/\($0.label.name)" } == [
            "Deutschland/LOC", "Russland/LOC", "USA/LOC", "Ukraine/LOC", "Chicago Bulls/ORG", "Kuwait National Airways/ORG",
        ])
    }

    @Test("a stage whose inputs are missing is named when the pipeline is built")
    func orderIsChecked() throws {
        let stages = try Self.german.get().stages
        #expect(throws: PipelineError.missingInput(stage: "entities", position: 1, missing: .sentences)) {
            try Pipeline([stages[0], stages[2]])
        }
        #expect(throws: PipelineError.missingInput(stage: "stances", position: 0, missing: [.tokens, .sentences, .entities])) {
            try Pipeline([stages[3]])
        }
        #expect(throws: PipelineError.missingInput(stage: "drop-places", position: 2, missing: .entities)) {
            try Pipeline([stages[0], stages[1], DropPlacesStage()])
        }
        #expect(throws: PipelineError.unknownStage("parser")) {
            try Self.german.get().inserting(DropPlacesStage(), after: "parser")
        }
        let message = PipelineError.missingInput(stage: "entities", position: 1, missing: .sentences).description
        #expect(message == "stage 2 (entities) needs sentences, which no earlier stage provides")
    }

    @Test("a custom stage inserted into the default pipeline changes what later stages see")
    func customStage() throws {
        let text = "Moskau drohte der Ukraine mit Vergeltung. Die NATO unterstützt die Ukraine."
        let plain = try Self.german.get().makeSession().annotate(text: text)
        #expect(plain.stances.count == 2)
        let pipeline = try Self.german.get().inserting(DropPlacesStage(), after: "entities")
        #expect(pipeline.stageNames == ["tokens", "sentences", "entities", "drop-places", "stances"])
        let filtered = try pipeline.makeSession().annotate(text: text)
        #expect(filtered.entities.map { filtered.text(of: $0) } == ["NATO"])
        #expect(filtered.stances.isEmpty)
    }

    @Test("prefix(providing:) keeps the stages up to the last layer asked for")
    func prefix() throws {
        let pipeline = try Self.german.get()
        #expect(try pipeline.prefix(providing: .tokens).stageNames == ["tokens"])
        #expect(try pipeline.prefix(providing: [.tokens, .entities]).stageNames == ["tokens", "sentences", "entities"])
        #expect(throws: PipelineError.unavailable(.stances)) {
            try pipeline.prefix(providing: .entities).prefix(providing: .stances)
        }
        #expect(try Pipeline.german(providing: .sentences).stageNames == ["tokens", "sentences"])
        #expect(try Pipeline.german(providing: [.tokens, .entities]).stageNames == ["tokens", "sentences", "entities"])
        let document = try pipeline.prefix(providing: .sentences).makeSession().annotate(text: "Moskau liegt im Osten.")
        #expect(document.sentences.count == 1)
        #expect(document.entities.isEmpty)
    }

    @Test("parallel annotation keeps input order and equals one thread; errors stay in place")
    func parallel() throws {
        let pipeline = try Self.german.get().inserting(CountingStage(), after: "tokens")
        let texts = (0..<600).map { index in
            String(repeating: "Berlin warnt Moskau. ", count: index % 7 + 1) + "Nummer \(index)."
        }
        func documents() -> [Document] {
            texts.enumerated().map { Document(id: $0.offset == 300 ? "fail" : "d\($0.offset)", text: $0.element) }
        }
        let one = try ParallelAnnotator(pipeline: pipeline, jobs: 1).annotate(documents(), batchSize: 64)
        let two = try ParallelAnnotator(pipeline: pipeline, jobs: 2).annotate(documents(), batchSize: 64)
        #expect(one.count == 600 && two.count == 600)
        for index in 0..<600 {
            switch (one[index], two[index]) {
            case let (.success(a), .success(b)):
                #expect(a.id == "d\(index)#\(a.tokens.count)")
                #expect(a.id == b.id)
                #expect(a.tokens == b.tokens && a.entities == b.entities && a.stances == b.stances)
            case (.failure, .failure):
                #expect(index == 300)
            default:
                Issue.record("document \(index): one and two threads disagree")
            }
        }
    }
}
