import LesartCore

/// What the stance lexicons say of one exact word form, gathered into one entry so a
/// token needs a single hash probe (``StanceLexicon/words``). Grammar classes already
/// fall back to the lowercase form of a capitalised word ("Den" → "den").
struct WordFacts: Sendable {
    var grammar: GrammarClass = []
    /// Index of the word's cue-form list in ``StanceLexicon/formLists``.
    var cueForms: Int32?
    var isNegator = false
    var isCessation = false
    /// A word of `lifting.txt`: the index of its entry in ``StanceLexicon/liftingParticles``
    /// (the particle it needs at the clause end, "hebt" of "hebt+auf", or nil). Facts are
    /// plain values (the table stores them without reference counting): no strings here.
    var lifting: Int32?
    /// The verb of a `verb+particle` cessation entry ("stellt … ein").
    var startsCessationPair = false
    var modality: StanceModality?
    var relation: RelationWordType?
    /// Index in ``StanceLexicon/evaluations`` of the evaluation word this form is of (`evaluations.tsv`).
    var evaluation: Int32?
    /// The word is the first part of a two-word grammar key ("das" of "das Land").
    var startsGrammarPair = false
    /// The word is the second part of a two-word grammar key ("Land" of "das Land").
    var endsGrammarPair = false
    /// The classes of `rule-words.tsv` the form belongs to, as written.
    var ruleWords: RuleWordClass = []
    /// A preposition fused with its article (`vom`): the index of the preposition in
    /// ``RuleWordLexicon/prepositions``.
    var contraction: Int32?
}
