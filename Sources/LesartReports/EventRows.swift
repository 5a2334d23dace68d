/// `lesart network --format events`: one CSV row per stance record, in the spirit of the
/// Phoenix and ICEWS event data: document, date, sentence, source and target actors with
/// their codes (ISO 3166-1 alpha-3 for states, stable ids otherwise) and kinds, the label,
/// the CAMEO code, root and quad class of the cue (``CameoCodeBook``; empty for a record
/// that is no event), polarity, modality, mutual, cue, lemma, rule and confidence.
public struct EventRows: Sendable {
    public static let header = CSVRow.line([
        "doc_id", "date", "sentence", "source", "source_code", "source_kind", "target", "target_code", "target_kind",
        "label", "cameo_code", "cameo_root", "quad_class", "polarity", "modality", "mutual", "cue", "cue_lemma",
        "rule", "confidence",
    ])

    public let cameo: CameoCodeBook
    public let filter: NetworkFilter
    public private(set) var codes: ActorCodeBook
    /// Rows written.
    public private(set) var rows = 0

    public init(cameo: CameoCodeBook, codes: ActorCodeBook, filter: NetworkFilter) {
        self.cameo = cameo
        self.codes = codes
        self.filter = filter
    }

    /// The rows of one record (the date as ISO 8601, or empty). `sentence` is the record's
    /// sentence index as in the JSONL (from 0).
    public mutating func rows(for record: LesartRecord, date: CalendarDate?) -> String {
        for entity in record.entities ?? [] { codes.learn(from: entity) }
        var out = ""
        for stance in record.stances ?? [] where filter.accepts(stance) {
            let source = codes.code(of: stance.holder.actor)
            let target = codes.code(of: stance.target.actor)
            let code = cameo.code(for: stance)
            out += CSVRow.line([
                record.id, date?.iso ?? "", stance.sentence.map(String.init) ?? "",
                stance.holder.actor, source?.code ?? "", source?.kind ?? "",
                stance.target.actor, target?.code ?? "", target?.kind ?? "",
                stance.label, code?.code ?? "", code?.root ?? "", code.map { String($0.quadClass) } ?? "",
                stance.polarity, stance.modality, stance.mutual == true ? "1" : "0",
                stance.cue.text, stance.cue.lemma ?? "", stance.rule ?? "",
                stance.confidence.map { String(format2: $0) } ?? "",
            ])
            rows += 1
        }
        return out
    }
}
