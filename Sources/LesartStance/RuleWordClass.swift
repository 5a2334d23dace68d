/// Classes of the words single stance rules look for (`Lexicons/stance/rule-words.tsv`):
/// the German words the rules name, kept in data instead of Swift. A word may belong to
/// several classes. Unlike ``GrammarClass`` a class makes no word closed and has no case
/// fallback: tokens are compared as written. 128 bits: room for 93 more classes.
///
/// To add a class: a static value here with the next bit, its name in ``names``, and its
/// words in `rule-words.tsv` (the file header lists every class).
///
/// The bits are written as literals, not shifts (`1 << 22`): a shift of a `UInt128` is not
/// folded at compile time, so each class would be a lazily initialised global and every
/// test of a token's classes would go through `swift_once` (the rules test them at every turn).

struct RuleWordClass: OptionSet, Sendable {
    let rawValue: UInt128

    init(rawValue: UInt128) { self.rawValue = rawValue }

    /// "Spannungen zwischen X und Y": the two sides of a relation, one mutual record.
    static let between = RuleWordClass(rawValue: 0x1)
    /// Names the other side of a strained relation named without "zwischen" ("der Konflikt mit Russland").
    static let tensionSide = RuleWordClass(rawValue: 0x2)
    /// Names the target of any attitude noun ("Drohungen gegenüber Südkorea").
    static let attitudeTarget = RuleWordClass(rawValue: 0x4)
    /// A noun cue it governs is no act of the subject ("verstößt gegen UN-Sanktionen").
    static let counter = RuleWordClass(rawValue: 0x8)
    /// "mit Unterstützung Großbritanniens": the support noun's own holder supports the clause subject.
    static let accompaniment = RuleWordClass(rawValue: 0x10)
    /// A cue whose target slot is this preposition is symmetric ("Russland und China kooperieren").
    static let symmetric = RuleWordClass(rawValue: 0x20)
    /// The reflexive pronoun ("kritisieren sich").
    static let reflexive = RuleWordClass(rawValue: 0x40)
    /// The particle of a zu-infinitive ("zu erobern").
    static let infinitiveMarker = RuleWordClass(rawValue: 0x80)
    /// "um … zu": opens an infinitive clause of purpose.
    static let purpose = RuleWordClass(rawValue: 0x100)
    /// "ohne … zu": opens a negated infinitive clause.
    static let without = RuleWordClass(rawValue: 0x200)
    /// "dass": opens a complement clause.
    static let that = RuleWordClass(rawValue: 0x400)
    /// "ob": opens a complement clause.
    static let whether = RuleWordClass(rawValue: 0x800)
    /// Opens a conditional sentence as its first word ("Sollte X …", "Falls X …").
    static let conditionalOpener = RuleWordClass(rawValue: 0x1000)
    /// A genitive article before a name ("Stellungen des IS", "die Eroberung der Ukraine").
    static let genitiveArticle = RuleWordClass(rawValue: 0x2000)
    /// The masculine genitive article ("mit Unterstützung des Iran").
    static let genitiveMasculine = RuleWordClass(rawValue: 0x4000)
    /// Before a feminine name it marks dative or genitive ("der Ukraine").
    static let feminineOblique = RuleWordClass(rawValue: 0x8000)
    /// A place inside a noun phrase ("die Unterstützung der Rebellen im Irak").
    static let locative = RuleWordClass(rawValue: 0x1_0000)
    /// Examples attached to a noun ("Mächten wie China").
    static let like = RuleWordClass(rawValue: 0x2_0000)
    /// "etwa": examples attached to a noun, as "wie".
    static let forInstance = RuleWordClass(rawValue: 0x4_0000)
    /// Names the agent inside a participial attribute ("der von Russland geführten Organisation") or after a support noun ("Hilfe von Frankreich").
    static let by = RuleWordClass(rawValue: 0x8_0000)
    /// A preposition fused with "dem" ("zum", "im", "vom"): the name after it is dative.
    static let demContraction = RuleWordClass(rawValue: 0x10_0000)
    /// "weder" of "weder X noch Y".
    static let neither = RuleWordClass(rawValue: 0x20_0000)
    /// "noch" of "weder X noch Y".
    static let nor = RuleWordClass(rawValue: 0x40_0000)
    /// "auch" of "sowohl X als auch Y", "nicht nur X, sondern auch Y".
    static let also = RuleWordClass(rawValue: 0x80_0000)
    /// "als", "sondern" right before "auch".
    static let alsoBefore = RuleWordClass(rawValue: 0x100_0000)
    /// "sondern", "aber" between a comma and "auch".
    static let commaAlsoBefore = RuleWordClass(rawValue: 0x200_0000)
    /// A classifier before a name in an enumeration ("und sogar der Region Tschetschenien").
    static let territoryHead = RuleWordClass(rawValue: 0x400_0000)
    /// Opens the predicate of a verb of calling ("bezeichnete X als Aggressor", "hält X für").
    static let evaluationMarker = RuleWordClass(rawValue: 0x800_0000)
    /// "nennen": its evaluation word follows the object ("nannte X einen verlässlichen Partner").
    static let namingVerb = RuleWordClass(rawValue: 0x1000_0000)
    /// "nicht nur … sondern auch" negates nothing.
    static let only = RuleWordClass(rawValue: 0x2000_0000)
    /// "nicht … mehr", "keine … mehr": the relation ends.
    static let more = RuleWordClass(rawValue: 0x4000_0000)
    /// "nicht länger": the relation ends.
    static let longer = RuleWordClass(rawValue: 0x8000_0000)
    /// "zu sehr beschäftigt, um … zu": the infinitive clause after it is negated.
    static let excess = RuleWordClass(rawValue: 0x1_0000_0000)
    /// A plural finite verb ("sind"): "sie" next to it is plural.
    static let pluralVerb = RuleWordClass(rawValue: 0x2_0000_0000)
    /// A cue lemma that with a zu-infinitive states a risk, not a threat ("droht zu eskalieren").
    static let riskVerb = RuleWordClass(rawValue: 0x4_0000_0000)
    /// "gelten": its `als` predicate is the view of the actor in its "in/für/bei" phrase
    /// ("Die Gruppe gilt in Kanada als Terrororganisation").
    static let regardedVerb = RuleWordClass(rawValue: 0x8_0000_0000)
    /// A preposition naming whose view a "gelten als" predicate is (in, im, für, bei, beim).
    static let viewHolder = RuleWordClass(rawValue: 0x10_0000_0000)

    /// The class names of `rule-words.tsv`, with their values.
    static let names: [String: RuleWordClass] = [
        "between": .between,
        "tension-side": .tensionSide,
        "attitude-target": .attitudeTarget,
        "counter": .counter,
        "accompaniment": .accompaniment,
        "symmetric": .symmetric,
        "reflexive": .reflexive,
        "infinitive-marker": .infinitiveMarker,
        "purpose": .purpose,
        "without": .without,
        "that": .that,
        "whether": .whether,
        "conditional-opener": .conditionalOpener,
        "genitive-article": .genitiveArticle,
        "genitive-masculine": .genitiveMasculine,
        "feminine-oblique": .feminineOblique,
        "locative": .locative,
        "like": .like,
        "for-instance": .forInstance,
        "by": .by,
        "dem-contraction": .demContraction,
        "neither": .neither,
        "nor": .nor,
        "also": .also,
        "also-before": .alsoBefore,
        "comma-also-before": .commaAlsoBefore,
        "territory-head": .territoryHead,
        "evaluation-marker": .evaluationMarker,
        "naming-verb": .namingVerb,
        "only": .only,
        "more": .more,
        "longer": .longer,
        "excess": .excess,
        "plural-verb": .pluralVerb,
        "risk-verb": .riskVerb,
        "regarded-verb": .regardedVerb,
        "view-holder": .viewHolder,
    ]

    /// The classes named by a comma list of `rule-words.tsv`, or nil if a name is unknown.
    init?(names list: Substring) {
        self = []
        for name in list.split(separator: ",") {
            guard let value = Self.names[String(name)] else { return nil }
            formUnion(value)
        }
    }
}
