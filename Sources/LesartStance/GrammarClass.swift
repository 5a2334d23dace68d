/// Classes of closed words in `grammar.tsv`; a word may belong to several (`um`).
struct GrammarClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let subordinator = GrammarClass(rawValue: 1 << 0)
    static let preposition = GrammarClass(rawValue: 1 << 1)
    static let objective = GrammarClass(rawValue: 1 << 2)
    static let pronoun = GrammarClass(rawValue: 1 << 3)
    static let possessive = GrammarClass(rawValue: 1 << 4)
    static let passive = GrammarClass(rawValue: 1 << 5)
    static let coordinator = GrammarClass(rawValue: 1 << 6)
    static let copula = GrammarClass(rawValue: 1 << 7)
    /// A name that takes `die` in the nominative (`die NATO`): after `der` it is dative or genitive.
    static let feminine = GrammarClass(rawValue: 1 << 8)
    /// A relative pronoun in the accusative or dative (`den`, `dem`, `denen`): the antecedent is an object.
    static let objectRelative = GrammarClass(rawValue: 1 << 9)
    /// A word after a name that makes it the source of a report (`zufolge`), or a noun before
    /// one (`Angaben`, `Berichten`): the name is the speaker, not an argument.
    static let source = GrammarClass(rawValue: 1 << 10)
    /// An adverb right after a clause-initial finite verb that marks an elided subject
    /// ("…, unterstützt aber Moldau").
    static let continuation = GrammarClass(rawValue: 1 << 11)
    /// A finite auxiliary or modal verb (`hat`, `will`, `kann`) that can open a coordinated clause.
    static let auxiliary = GrammarClass(rawValue: 1 << 12)
    /// A word that makes a coordinated subject reciprocal (`gegenseitig`, `einander`).
    static let reciprocal = GrammarClass(rawValue: 1 << 13)
    /// A verb that gives or withholds what a noun cue names to a dative object
    /// ("entzieht der Ukraine die Unterstützung", "gewährt Armenien Hilfe").
    static let transfer = GrammarClass(rawValue: 1 << 14)
    /// A word of refusal or failure that negates the zu-infinitive clause depending on it
    /// ("weigert sich, Sanktionen … zu verhängen").
    static let refusal = GrammarClass(rawValue: 1 << 15)
    /// A preposition that names the agent of a passive (`von`, `vom`, `durch`, `seitens`).
    static let agent = GrammarClass(rawValue: 1 << 16)
    /// A verb of accusing whose object holds the zu-infinitive after it, as a report
    /// ("Die EU wirft China vor, Russland zu unterstützen": China → Russland, reported).
    static let accuse = GrammarClass(rawValue: 1 << 17)
    /// A verb of urging whose object holds the zu-infinitive after it, as an intention
    /// ("Die USA fordern China auf, Russland nicht zu unterstützen").
    static let urge = GrammarClass(rawValue: 1 << 18)
    /// A preposition whose noun phrase names an act that is not the clause subject's
    /// ("warnt vor Angriffen", "wegen der Lieferungen").
    static let foreignAct = GrammarClass(rawValue: 1 << 19)
    /// A first-person subject pronoun in quoted speech (`wir`, `ich`): it stands for the speaker.
    static let firstPerson = GrammarClass(rawValue: 1 << 20)
    /// A noun of evidence: negated ("keine Hinweise, dass …") it negates the dass clause.
    static let evidence = GrammarClass(rawValue: 1 << 21)
    /// An article or a word that stands before a noun phrase like one (`der`, `ein`, `sogar`).
    static let determiner = GrammarClass(rawValue: 1 << 22)
    /// A relative pronoun that can be the subject of its clause (`der`, `die`, `welche`).
    static let relative = GrammarClass(rawValue: 1 << 23)
    /// A verb whose `es` is an expletive, not a pronoun ("es gibt").
    static let expletive = GrammarClass(rawValue: 1 << 24)
    /// A separable verb particle that closes the verb bracket ("stellt … dar").
    static let closingParticle = GrammarClass(rawValue: 1 << 25)
    /// A preposition that names the actor after a noun cue (`von`, `aus`, `seitens`).
    static let nounAgent = GrammarClass(rawValue: 1 << 26)
    /// A word that opens an apposition between commas (`eine`, `einst`, `früher`).
    static let apposition = GrammarClass(rawValue: 1 << 27)
    /// A word of a phrase cue that its clause need not contain (`den`, `mit`, `sich`).
    static let functionWord = GrammarClass(rawValue: 1 << 28)
    /// A noun naming an organ that acts for the actor in its genitive ("die Regierung
    /// Russlands", "die Armee des Landes"): the phrase can be a subject and a holder.
    static let organ = GrammarClass(rawValue: 1 << 29)
    /// A verb of calling or judging whose `als` predicate is an evaluation word
    /// ("bezeichnete X als Aggressor", `evaluations.tsv`).
    static let evaluate = GrammarClass(rawValue: 1 << 30)
    /// "sie": a subject pronoun for a feminine actor ("die Türkei … Zugleich griff sie … an")
    /// when its verb is singular; plural "sie" ("sie griffen") is left alone.
    static let femininePronoun = GrammarClass(rawValue: 1 << 31)
    /// An inflected hedge or plan adjective ("mutmaßliche Stellungen", "die geplante
    /// Lieferung"): its modality covers its own noun phrase, not the clause.
    static let attributiveHedge = GrammarClass(rawValue: 1 << 32)
    /// A verb of judging whose object can be a dass clause ("kritisierte, dass Israel …"):
    /// it judges that clause's subject.
    static let judgesClause = GrammarClass(rawValue: 1 << 33)
    /// A preposition whose event noun names the agent of a passive ("bei einem Luftangriff
    /// der USA getötet").
    static let eventAgent = GrammarClass(rawValue: 1 << 34)
    /// A form of an arrest cue ("festgenommen", "Verhaftung"): its target must be named as an
    /// actor, not only as a person of some nationality ("ein Belgier").
    static let arrest = GrammarClass(rawValue: 1 << 35)
    /// A participle of leading ("geführte", "angeführte"): the agent before it acts through
    /// the phrase it heads ("die von den USA angeführte Koalition").
    static let leads = GrammarClass(rawValue: 1 << 36)
    /// A noun whose place attribute names the state or union it is part of: positions,
    /// installations, territory, towns, domestic security forces, membership ("Anschläge auf
    /// Stellungen in Syrien", "für den Verbleib in der EU"). Also as a compound's last part.
    static let belongsIn = GrammarClass(rawValue: 1 << 37)
    /// A noun of responding ("Als Reaktion auf die Manöver der USA droht Nordkorea"): a cue
    /// of the clause without a target of its own is directed at the actor the response is to.
    static let response = GrammarClass(rawValue: 1 << 38)

    /// The classes that each list the words of one rule, matched only as written (not the
    /// capitalised form); they do not make a word closed (``StanceScan/isAttributiveWord(_:)``:
    /// `welches`, `früher`).
    static let ruleLists: GrammarClass = [.relative, .expletive, .closingParticle, .nounAgent, .apposition, .functionWord, .organ,
                                          .evaluate, .attributiveHedge, .judgesClause, .eventAgent, .arrest, .leads, .belongsIn, .response]

    /// The classes of plain nouns: a noun listed in them still counts as a noun without a
    /// closed-class reading where a rule asks for one.
    static let nounLists: GrammarClass = [.belongsIn, .response]

    init(rawValue: UInt64) { self.rawValue = rawValue }

    init?(name: String) {
        switch name {
        case "subordinator": self = .subordinator
        case "preposition": self = .preposition
        case "objective": self = .objective
        case "pronoun": self = .pronoun
        case "possessive": self = .possessive
        case "passive": self = .passive
        case "coordinator": self = .coordinator
        case "copula": self = .copula
        case "feminine": self = .feminine
        case "object-relative": self = .objectRelative
        case "source": self = .source
        case "continuation": self = .continuation
        case "auxiliary": self = .auxiliary
        case "reciprocal": self = .reciprocal
        case "transfer": self = .transfer
        case "refusal": self = .refusal
        case "agent": self = .agent
        case "accuse": self = .accuse
        case "urge": self = .urge
        case "foreign-act": self = .foreignAct
        case "first-person": self = .firstPerson
        case "evidence": self = .evidence
        case "determiner": self = .determiner
        case "relative": self = .relative
        case "expletive": self = .expletive
        case "closing-particle": self = .closingParticle
        case "noun-agent": self = .nounAgent
        case "apposition": self = .apposition
        case "function-word": self = .functionWord
        case "organ": self = .organ
        case "evaluate": self = .evaluate
        case "feminine-pronoun": self = .femininePronoun
        case "attributive-hedge": self = .attributiveHedge
        case "judges-clause": self = .judgesClause
        case "event-agent": self = .eventAgent
        case "arrest": self = .arrest
        case "leads": self = .leads
        case "belongs-in": self = .belongsIn
        case "response": self = .response
        default: return nil
        }
    }
}
