/// What a word of ``StanceLexicon/words`` tells the sentence filter (``SentenceWords``) and
/// the two-word grammar lookup (``TokenLookup``) by itself, in two bytes (``StanceLexicon/sentenceSignals``).
/// The filter runs over every token of every document, though most sentences are never
/// analysed: it ORs two bytes a token instead of reading the word's whole ``WordFacts``.
struct SentenceSignal: OptionSet, Sendable {
    let rawValue: UInt16

    /// A cue form, a relation word or an evaluation word.
    static let cue = SentenceSignal(rawValue: 1 << 0)
    /// Of class `pronoun` or `feminine-pronoun` (a subject pronoun by itself; "das Land" is a pair).
    static let pronoun = SentenceSignal(rawValue: 1 << 1)
    /// Of class `possessive` ("seine"): reads the last subject.
    static let possessive = SentenceSignal(rawValue: 1 << 2)
    /// The first part of a two-word grammar key ("das" of "das Land").
    static let startsGrammarPair = SentenceSignal(rawValue: 1 << 3)
    /// The second part of a two-word grammar key ("Land" of "das Land").
    static let endsGrammarPair = SentenceSignal(rawValue: 1 << 4)
    /// A relation word: a clause without one has no relation anchor (``StanceScan/relations(in:clauseIndex:clauses:mentions:sentence:conditional:reported:inheritedSubject:)``).
    static let relation = SentenceSignal(rawValue: 1 << 5)
    /// A verb of calling or judging (class `evaluate`) or of being regarded (`regarded-verb`):
    /// a clause without one has no evaluation (``StanceScan/evaluations(in:mentions:holder:sentence:conditional:reported:)``).
    static let evaluationVerb = SentenceSignal(rawValue: 1 << 6)
    /// A word of reporting (modality `reported`): a sentence without one has no speaker and
    /// reports nothing (``StanceScan/findSpeaker(in:)``).
    static let reported = SentenceSignal(rawValue: 1 << 7)
    /// A verb of accusing or urging (classes `accuse`, `urge`): a sentence without one has no
    /// clause whose subject controls a zu-infinitive (``StanceScan/controller(of:clauses:mentions:)``).
    static let controlVerb = SentenceSignal(rawValue: 1 << 8)

    /// A coordinator or subordinator (classes `coordinator`, `subordinator`): with punctuation
    /// the only tokens where ``StanceScan/clauses(in:into:)`` may split a sentence.
    static let clauseWord = SentenceSignal(rawValue: 1 << 9)

    /// A passive auxiliary (class `passive`): looked for in every clause with a cue form
    /// (``StanceScan/firstPassiveAuxiliary(in:)``).
    static let passive = SentenceSignal(rawValue: 1 << 10)

    /// A cue form (``WordFacts/cueForms``): where ``StanceScan/nextCueCandidate(from:before:)`` stops.
    static let cueForm = SentenceSignal(rawValue: 1 << 11)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The signals of a word with `facts`.
    init(_ facts: WordFacts) {
        var signals: SentenceSignal = []
        if facts.cueForms != nil || facts.relation != nil || facts.evaluation != nil { signals.insert(.cue) }
        if facts.grammar.contains(.pronoun) || facts.grammar.contains(.femininePronoun) { signals.insert(.pronoun) }
        if facts.grammar.contains(.possessive) { signals.insert(.possessive) }
        if facts.startsGrammarPair { signals.insert(.startsGrammarPair) }
        if facts.endsGrammarPair { signals.insert(.endsGrammarPair) }
        if facts.relation != nil { signals.insert(.relation) }
        if facts.grammar.contains(.evaluate) || facts.ruleWords.contains(.regardedVerb) { signals.insert(.evaluationVerb) }
        if facts.modality == .reported { signals.insert(.reported) }
        if facts.grammar.contains(.accuse) || facts.grammar.contains(.urge) { signals.insert(.controlVerb) }
        if facts.grammar.contains(.coordinator) || facts.grammar.contains(.subordinator) { signals.insert(.clauseWord) }
        if facts.grammar.contains(.passive) { signals.insert(.passive) }
        if facts.cueForms != nil { signals.insert(.cueForm) }
        self = signals
    }
}
