/// One line of Lesart JSONL output, decoded for viewing and aggregation: the document's id,
/// text, sentences, entities and stance records, or the error that replaced it.
///
/// `entities` and `stances` are nil when the line has no such field (a record annotated
/// without the stance stage, or a plain `{"id", "text"}` input line).
public struct LesartRecord: Sendable {
    public var id: String
    public var text: String?
    /// Sentence spans (`start`, `end`) in the record's offset unit.
    public var sentences: [Range<Int>]
    public var entities: [RecordEntity]?
    public var stances: [RecordStance]?
    /// The `"error"` message of an error record.
    public var error: String?
    /// `"offset"` of a chunk record: offsets are relative to the file, so subtract it to
    /// index the chunk's text.
    public var offset: Int
    /// Top-level string or number fields asked for by name (a date field), as strings.
    public var fields: [String: String]

    public init(id: String, text: String? = nil, sentences: [Range<Int>] = [], entities: [RecordEntity]? = nil,
                stances: [RecordStance]? = nil, error: String? = nil, offset: Int = 0, fields: [String: String] = [:]) {
        self.id = id
        self.text = text
        self.sentences = sentences
        self.entities = entities
        self.stances = stances
        self.error = error
        self.offset = offset
        self.fields = fields
    }

    /// Whether the record carries annotations (an `entities` or `stances` field).
    public var isAnnotated: Bool { entities != nil || stances != nil }
}
