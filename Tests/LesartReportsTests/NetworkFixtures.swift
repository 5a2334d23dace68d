@testable import LesartReports

/// Small hand-made records for the network tests (fictional states are fine: Borduria,
/// Syldavien; real ones where codes matter).
enum NetworkFixtures {
    static func entity(_ text: String, actor: String, label: String = "LOC", id: String? = nil) -> RecordEntity {
        RecordEntity(start: 0, end: text.unicodeScalars.count, text: text, label: label, canonical: actor, actor: actor,
                     form: "name", id: id)
    }

    static func stance(_ holder: String, _ target: String, _ label: String, lemma: String = "unterstützen",
                       polarity: String = "affirmed", modality: String = "asserted", rule: String = "verb.active") -> RecordStance {
        RecordStance(sentence: 0, label: label, holder: .init(entity: 0, actor: holder), target: .init(entity: 1, actor: target),
                     cue: .init(start: 0, end: 1, text: lemma, lemma: lemma), polarity: polarity, modality: modality,
                     rule: rule, confidence: 0.8)
    }

    static func record(_ id: String, actors: [String], stances: [RecordStance]) -> LesartRecord {
        LesartRecord(id: id, entities: actors.map { entity($0, actor: $0) }, stances: stances)
    }
}
