/// An entity mention: a range of token indices with its label, form and the catalog entry
/// it refers to. The text span runs from the first token's start to the last token's end
/// (for a `part` mention, the whole compound token).
public struct Entity: Sendable, Hashable {
    public var firstToken: UInt32
    public var endToken: UInt32
    public var label: EntityLabel
    public var form: EntityForm
    /// Index of the entry in the document's ``EntityCatalog``, or ``Entity/noEntry`` when
    /// the mention was found by a rule (a person name) rather than a lexicon entry.
    public var entry: UInt32
    /// For a mention found by a rule that repeats an earlier one (a surname after the full
    /// name), the index of that earlier entity in ``Document/entities``; otherwise `noEntry`.
    public var antecedent: UInt32

    /// Marks a mention without a catalog entry (and an entity without antecedent).
    @inlinable public static var noEntry: UInt32 { UInt32.max }

    public init(firstToken: UInt32, endToken: UInt32, label: EntityLabel, form: EntityForm, entry: UInt32,
                antecedent: UInt32 = Entity.noEntry) {
        self.firstToken = firstToken
        self.endToken = endToken
        self.label = label
        self.form = form
        self.entry = entry
        self.antecedent = antecedent
    }

    /// The token indices of this mention.
    @inlinable public var tokenRange: Range<Int> { Int(firstToken)..<Int(endToken) }
}
