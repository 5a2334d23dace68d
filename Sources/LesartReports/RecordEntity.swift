/// One entity of a Lesart JSONL record (`"entities"`), as the JSONL contract writes it.
///
/// Offsets are in the record's offset unit (Unicode scalars unless the producer chose
/// otherwise). Fields this version does not know (an `antecedent`, say) are ignored.
public struct RecordEntity: Decodable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var label: String
    public var canonical: String?
    public var actor: String?
    public var form: String?
    public var id: String?

    public init(start: Int, end: Int, text: String, label: String, canonical: String? = nil,
                actor: String? = nil, form: String? = nil, id: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.canonical = canonical
        self.actor = actor
        self.form = form
        self.id = id
    }

    /// The actor the mention stands for: `actor`, else `canonical`, else the mention's text.
    public var actorName: String { actor ?? canonical ?? text }
}
