/// One rule of the detector: a named value with the phenomenon it reads, its id (written as
/// `rule` in every JSONL record and part of the output contract, README "Stances in JSONL"),
/// the family it runs in (``StanceRuleFamily``, the order of the passes) and its confidence.
///
/// Every rule is listed in ``all``; to add one, declare it here with the next `id`, append
/// it to ``all``, and document its id in README.md (a test checks both).
struct StanceRule: Sendable, Equatable {
    /// Index of the rule in ``all`` and in the record's `rule` field (``Stance/rule``).
    let id: UInt16
    /// The id written in records: `family.variant`, lowercase, stable across releases.
    let name: String
    /// The pass that applies the rule.
    let family: StanceRuleFamily
    /// The confidence of its records.
    let confidence: RuleConfidence

    static func == (a: StanceRule, b: StanceRule) -> Bool { a.id == b.id }

    /// The rule with index `id`, if any.
    init?(id: UInt16) {
        guard Int(id) < Self.all.count else { return nil }
        self = Self.all[Int(id)]
    }

    private init(_ id: UInt16, _ name: String, _ family: StanceRuleFamily, _ confidence: RuleConfidence) {
        self.id = id
        self.name = name
        self.family = family
        self.confidence = confidence
    }

    // MARK: Cue words (cues.tsv), by voice and part of speech

    /// A cue verb in the active voice: its subject holds, its object or prepositional object
    /// is the target. "Der Iran unterstützt Russland." (Iran → Russland, support)
    static let verbActive = StanceRule(0, "verb.active", .cue, .cue)
    /// A cue verb's participle with a passive auxiliary: the agent after `von`/`durch` holds,
    /// the subject is the target. "Russland wird vom Iran unterstützt." (Iran → Russland)
    static let verbPassive = StanceRule(1, "verb.passive", .cue, .cue)
    /// A verb of receiving: the giver named in the holder slot holds, the subject is the
    /// target. "Russland erhält Drohnen aus dem Iran." (Iran → Russland, support)
    static let verbRecipient = StanceRule(2, "verb.recipient", .cue, .cue)
    /// A noun cue whose holder is a genitive, possessive, compound part, "von X" or the
    /// clause subject. "Irans Unterstützung für Russland", "die EU-Sanktionen gegen Russland"
    static let nounGenitive = StanceRule(3, "noun.genitive", .cue, .cue)
    /// A noun cue whose holder is a demonym adjective before it.
    /// "die russische Annexion der Krim" (Russland → Ukraine, threat)
    static let nounAdjective = StanceRule(4, "noun.adjective", .cue, .cue)
    /// An agent noun as the predicate of a copula: the subject holds.
    /// "Belarus ist ein Verbündeter Russlands." (Belarus → Russland, support)
    static let nounAgent = StanceRule(5, "noun.agent", .cue, .cue)
    /// A cue adjective predicated of the subject. "Polen ist feindselig gegenüber Russland."
    static let adjective = StanceRule(6, "adjective", .cue, .cue)
    /// A multi-word cue whose other words stand in the clause.
    /// "Ungarn kehrt der EU den Rücken." (Ungarn → EU, distancing)
    static let phrase = StanceRule(7, "phrase", .cue, .cue)

    // MARK: Relation words (relations.tsv)

    /// A relation noun with a word of improving or worsening it, or a noun of good relations
    /// between two sides. "Frankreich stärkt die Beziehungen zu Indien." (support)
    static let relation = StanceRule(8, "relation", .relation, .relation)
    /// A noun that is itself a strained relation; the other side needs "zwischen", "mit",
    /// "zu" or "gegenüber". "die Spannungen zwischen Serbien und Kosovo" (distancing, mutual)
    static let tension = StanceRule(9, "tension", .relation, .relation)

    // MARK: Clause structure

    /// A cue in a clause without a subject of its own (zu-infinitive, subordinate clause):
    /// the subject of the clause it depends on holds.
    /// "Russland versucht, die Ukraine zu erobern." (Russland → Ukraine, threat)
    static let inheritedHolder = StanceRule(10, "clause.inherited-holder", .cue, .cue)
    /// A participle of a cue verb as an attribute: its agent holds, the noun it modifies is the
    /// target. "die vom Iran unterstützten Huthi-Rebellen" (Iran → Huthi, support)
    static let participleAttribute = StanceRule(11, "attribute.participle", .participleAttribute, .participleAttribute)
    /// A verb of saying after the reported clause, its subject the speaker: the actor the
    /// report is about is the target. "Israel verletze das Völkerrecht, kritisierte die EU."
    static let invertedSpeech = StanceRule(12, "speech.inverted", .cue, .cue)

    // MARK: Evaluations (evaluations.tsv)

    /// A verb of calling or judging with an evaluation word after `als`/`für` (or, with
    /// "nennen", after the object); the cue lemma is the evaluation word.
    /// "Indien bezeichnete Pakistan als Terrorstaat." (Indien → Pakistan, distancing)
    static let evaluation = StanceRule(13, "evaluation", .evaluation, .evaluation)

    // MARK: Complements

    /// A verb of judging (class `judges-clause`) whose object is a dass clause: the verb's
    /// subject holds, the dass clause's subject is the target.
    /// "Die EU kritisierte, dass Israel die Grenze schloss." (EU → Israel, distancing)
    static let complementSubject = StanceRule(14, "verb.complement", .cue, .cue)
    /// A cue in the zu-infinitive after a verb of urging (class `urge`): whoever demands the
    /// act holds the stance towards its target (the urged object's own record is intended).
    /// "Der Strafgerichtshof rief Südafrika auf, den sudanesischen Staatschef zu verhaften."
    /// (Strafgerichtshof → Sudan, threat)
    static let requestedAct = StanceRule(15, "clause.requested", .cue, .cue)

    /// Every rule, by ``id``.
    static let all: [StanceRule] = [
        verbActive, verbPassive, verbRecipient, nounGenitive, nounAdjective, nounAgent, adjective, phrase,
        relation, tension, inheritedHolder, participleAttribute, invertedSpeech, evaluation, complementSubject,
        requestedAct,
    ]
}
