/// One stance record of a Lesart JSONL record (`"stances"`): holder → target with a label,
/// the cue, polarity, modality and the rule that fired. Unknown fields are ignored.
public struct RecordStance: Decodable, Sendable, Hashable {
    /// One side of the relation: the entity index in the record and the actor.
    public struct Party: Decodable, Sendable, Hashable {
        public var entity: Int?
        public var actor: String

        public init(entity: Int?, actor: String) {
            self.entity = entity
            self.actor = actor
        }
    }

    /// The cue's span, its text as written and its lemma.
    public struct Cue: Decodable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var lemma: String?

        public init(start: Int, end: Int, text: String, lemma: String?) {
            self.start = start
            self.end = end
            self.text = text
            self.lemma = lemma
        }
    }

    public var sentence: Int?
    public var label: String
    public var holder: Party
    public var target: Party
    public var cue: Cue
    public var polarity: String
    public var modality: String
    public var rule: String?
    public var confidence: Double?
    public var mutual: Bool?
    public var holderResolved: Bool?

    enum CodingKeys: String, CodingKey {
        case sentence, label, holder, target, cue, polarity, modality, rule, confidence, mutual
        case holderResolved = "holder_resolved"
    }

    public init(sentence: Int?, label: String, holder: Party, target: Party, cue: Cue,
                polarity: String = "affirmed", modality: String = "asserted", rule: String? = nil,
                confidence: Double? = nil, mutual: Bool? = nil, holderResolved: Bool? = nil) {
        self.sentence = sentence
        self.label = label
        self.holder = holder
        self.target = target
        self.cue = cue
        self.polarity = polarity
        self.modality = modality
        self.rule = rule
        self.confidence = confidence
        self.mutual = mutual
        self.holderResolved = holderResolved
    }

    /// Whether the record is negated (`"polarity": "negated"`).
    public var isNegated: Bool { polarity == "negated" }
}
