/// A stance record: `holder → target` with a label, the cue that carries it (a token
/// range), and how the text presents it. Holder and target are indices into
/// ``Document/entities``; the cue's lemma and the rule are indices into the document's
/// ``StanceCatalog``.
public struct Stance: Sendable, Hashable {
    /// Index of the sentence in ``Document/sentences``.
    public var sentence: UInt32
    public var label: StanceLabel
    public var holder: UInt32
    public var target: UInt32
    public var cueFirstToken: UInt32
    public var cueEndToken: UInt32
    /// Index of the cue's lemma in the catalog.
    public var cue: UInt32
    public var polarity: StancePolarity
    public var modality: StanceModality
    /// Index of the rule that fired in the catalog.
    public var rule: UInt16
    /// The holder was a pronoun or definite description resolved to an earlier actor.
    public var holderResolved: Bool
    /// A mutual relation ("Spannungen zwischen X und Y"): it holds in both directions.
    public var mutual: Bool
    public var confidence: Float

    public init(sentence: UInt32, label: StanceLabel, holder: UInt32, target: UInt32, cueFirstToken: UInt32,
                cueEndToken: UInt32, cue: UInt32, polarity: StancePolarity, modality: StanceModality, rule: UInt16,
                holderResolved: Bool, confidence: Float, mutual: Bool = false) {
        self.sentence = sentence
        self.label = label
        self.holder = holder
        self.target = target
        self.cueFirstToken = cueFirstToken
        self.cueEndToken = cueEndToken
        self.cue = cue
        self.polarity = polarity
        self.modality = modality
        self.rule = rule
        self.holderResolved = holderResolved
        self.mutual = mutual
        self.confidence = confidence
    }
}
