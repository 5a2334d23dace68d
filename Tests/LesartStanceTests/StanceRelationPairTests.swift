import Testing
import Lesart

// Minimal pairs for nominal cues, "drohen", mutual relations, pronoun holders across
// sentences and relative clauses.

@Suite("Stance pairs: nominal cues")
struct NominalCuePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Irans Unterstützung für Moskau wächst.", ["Iran→Russland support affirmed asserted"],
                    "Die Unterstützung Teherans für Moskau wächst.", ["Iran→Russland support affirmed asserted"]),
        MinimalPair("Chinas Unterstützung für Russland fällt auf.", ["China→Russland support affirmed asserted"],
                    "Chinas mangelnde Unterstützung für Russland fällt auf.", ["China→Russland support negated asserted"]),
        MinimalPair("Die russische Annexion der Krim dauert an.", ["Russland→Krim threat affirmed asserted"],
                    "Die russische Annexion ukrainischer Gebiete dauert an.", ["Russland→Ukraine threat affirmed asserted"]),
        MinimalPair("Die Waffenlieferungen Deutschlands an die Ukraine gehen weiter.",
                    ["Deutschland→Ukraine support affirmed asserted"],
                    "Die deutschen Waffenlieferungen an die Ukraine gehen weiter.",
                    ["Deutschland→Ukraine support affirmed asserted"]),
        MinimalPair("Moskaus Annäherung an Teheran überrascht.", ["Russland→Iran support affirmed asserted"],
                    "Moskaus Distanzierung von Teheran überrascht.", ["Russland→Iran distancing affirmed asserted"]),
        MinimalPair("Polens Kritik an Ungarn wächst.", ["Polen→Ungarn distancing affirmed asserted"],
                    "Die polnische Kritik an Ungarn wächst.", ["Polen→Ungarn distancing affirmed asserted"]),
        MinimalPair("Chinas Kritik an Taiwan nimmt zu.", ["China→Taiwan distancing affirmed asserted"],
                    "Chinas Drohungen gegen Taiwan nehmen zu.", ["China→Taiwan threat affirmed asserted"]),
        MinimalPair("Die Sanktionen der EU gegen Russland wirken.",
                    ["Europäische Union→Russland distancing affirmed asserted"],
                    "Die Sanktionen der USA gegen Russland wirken.",
                    ["Vereinigte Staaten→Russland distancing affirmed asserted"]),
        MinimalPair("Das Bündnis Nordkoreas mit Russland wächst.", ["Nordkorea→Russland support affirmed asserted"],
                    "Nordkoreas Bündnis mit Russland wächst.", ["Nordkorea→Russland support affirmed asserted"]),
        MinimalPair("Die Militärhilfe der USA für Israel steigt.",
                    ["Vereinigte Staaten→Israel support affirmed asserted"],
                    "Die amerikanische Militärhilfe für Israel steigt.",
                    ["Vereinigte Staaten→Israel support affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: drohen as risk or threat")
struct ThreatPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Die Krise um Taiwan droht zu eskalieren.", [],
                    "China droht Taiwan mit Konsequenzen.", ["China→Taiwan threat affirmed asserted"]),
        MinimalPair("Die Lage in Syrien droht zu kippen.", [],
                    "Die Türkei droht Syrien mit einer Offensive.", ["Türkei→Syrien threat affirmed asserted"]),
        MinimalPair("Russland droht Moldau mit Sanktionen.", ["Russland→Republik Moldau threat affirmed asserted"],
                    "Russland droht Moldau nicht mit Sanktionen.", ["Russland→Republik Moldau threat negated asserted"]),
        MinimalPair("Nordkorea droht Südkorea.", ["Nordkorea→Südkorea threat affirmed asserted"],
                    "Nordkorea bedroht Südkorea.", ["Nordkorea→Südkorea threat affirmed asserted"]),
        MinimalPair("Der Konflikt zwischen Israel und der Hamas eskaliert.",
                    ["Israel→Hamas distancing affirmed asserted mutual"],
                    "Der Konflikt zwischen Israel und der Hamas droht zu eskalieren.",
                    ["Israel→Hamas distancing affirmed asserted mutual"]),
        MinimalPair("Ungarn droht der EU mit einem Veto.", ["Ungarn→Europäische Union threat affirmed asserted"],
                    "Ungarn droht in der EU isoliert zu werden.", []),
        MinimalPair("Der Ausfall der Gaslieferungen droht Deutschland und Italien zu schaden.", [],
                    "Russland droht Deutschland und Italien mit einem Gasstopp.",
                    ["Russland→Deutschland threat affirmed asserted", "Russland→Italien threat affirmed asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: mutual relations")
struct MutualPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Indien vertieft seine Beziehungen zu Russland.", ["Indien→Russland support affirmed asserted"],
                    "Indien und Russland vertiefen ihre Beziehungen.",
                    ["Indien→Russland support affirmed asserted mutual"]),
        MinimalPair("Kasachstan stärkt die Beziehungen zu China.", ["Kasachstan→China support affirmed asserted"],
                    "Kasachstan und China stärken ihre Beziehungen.",
                    ["Kasachstan→China support affirmed asserted mutual"]),
        MinimalPair("Die Spannungen zwischen Serbien und dem Kosovo wachsen.",
                    ["Serbien→Kosovo distancing affirmed asserted mutual"],
                    "Die Zusammenarbeit zwischen Serbien und dem Kosovo wächst.",
                    ["Serbien→Kosovo support affirmed asserted mutual"]),
        MinimalPair("Zwischen Griechenland und der Türkei gibt es Streit.",
                    ["Griechenland→Türkei distancing affirmed asserted mutual"],
                    "Zwischen Griechenland und der Türkei gibt es keinen Streit.",
                    ["Griechenland→Türkei distancing negated asserted mutual"]),
        MinimalPair("Polen und Litauen kritisieren Belarus.",
                    ["Polen→Belarus distancing affirmed asserted", "Litauen→Belarus distancing affirmed asserted"],
                    "Polen und Litauen kritisieren sich gegenseitig.",
                    ["Polen→Litauen distancing affirmed asserted mutual"]),
        MinimalPair("Die Spannungen zwischen Russland und der Türkei wachsen.",
                    ["Russland→Türkei distancing affirmed asserted mutual"],
                    "Zwischen Russland und der Türkei könnte es bald Spannungen geben.",
                    ["Russland→Türkei distancing affirmed possible mutual"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: pronoun holders across sentences")
struct PronounPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Kasachstan liegt in Zentralasien. Kasachstan kritisiert Russland.",
                    ["Kasachstan→Russland distancing affirmed asserted"],
                    "Kasachstan liegt in Zentralasien. Es kritisiert Russland.",
                    ["Kasachstan→Russland distancing affirmed asserted resolved"]),
        MinimalPair("Ungarn hat gewählt. Ungarn unterstützt nun die Ukraine.",
                    ["Ungarn→Ukraine support affirmed asserted"],
                    "Ungarn hat gewählt. Das Land unterstützt nun die Ukraine.",
                    ["Ungarn→Ukraine support affirmed asserted resolved"]),
        MinimalPair("Moskau rüstet auf. Moskau droht Finnland.", ["Russland→Finnland threat affirmed asserted"],
                    "Moskau rüstet auf. Es droht Finnland.", ["Russland→Finnland threat affirmed asserted resolved"]),
        // A relation record ("verbessert seine Beziehungen zu") marks a resolved holder too.
        MinimalPair("Georgien hat gewählt. Georgien verbessert seine Beziehungen zu Russland.",
                    ["Georgien→Russland support affirmed asserted"],
                    "Georgien hat gewählt. Es verbessert seine Beziehungen zu Russland.",
                    ["Georgien→Russland support affirmed asserted resolved"]),
        // The pronoun takes the last subject actor, not the last actor.
        MinimalPair("Polen kritisiert Belarus. Polen unterstützt die Ukraine.",
                    ["Polen→Belarus distancing affirmed asserted", "Polen→Ukraine support affirmed asserted"],
                    "Polen kritisiert Belarus. Es unterstützt die Ukraine.",
                    ["Polen→Belarus distancing affirmed asserted", "Polen→Ukraine support affirmed asserted resolved"]),
        MinimalPair("Die Türkei zögerte lange. Die Türkei unterstützt Schweden.",
                    ["Türkei→Schweden support affirmed asserted"],
                    "Die Türkei zögerte lange. Das Land unterstützt Schweden.",
                    ["Türkei→Schweden support affirmed asserted resolved"]),
        MinimalPair("Georgien hat gewählt. Es wendet sich von Russland ab.",
                    ["Georgien→Russland distancing affirmed asserted resolved"],
                    "Georgien hat gewählt. Es wendet sich nicht von Russland ab.",
                    ["Georgien→Russland distancing negated asserted resolved"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: relative clauses")
struct RelativeClausePairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Die USA verurteilen den Iran, der Russland Drohnen lieferte.",
                    ["Vereinigte Staaten→Iran distancing affirmed asserted", "Iran→Russland support affirmed asserted"],
                    "Die USA verurteilen den Iran, dem Russland Drohnen lieferte.",
                    ["Vereinigte Staaten→Iran distancing affirmed asserted", "Russland→Iran support affirmed asserted"]),
        MinimalPair("Der Iran, der Russland Drohnen liefert, droht Israel.",
                    ["Iran→Russland support affirmed asserted", "Iran→Israel threat affirmed asserted"],
                    "Der Iran, dem Russland Drohnen liefert, droht Israel.",
                    ["Russland→Iran support affirmed asserted", "Iran→Israel threat affirmed asserted"]),
        MinimalPair("Polen kritisiert Belarus, das von Russland unterstützt wird.",
                    ["Polen→Belarus distancing affirmed asserted", "Russland→Belarus support affirmed asserted"],
                    "Polen kritisiert Belarus, das die Ukraine bedroht.",
                    ["Polen→Belarus distancing affirmed asserted", "Belarus→Ukraine threat affirmed asserted"]),
        MinimalPair("Russland unterstützt den Iran, der Israel bedroht.",
                    ["Russland→Iran support affirmed asserted", "Iran→Israel threat affirmed asserted"],
                    "Russland unterstützt den Iran, den Israel bedroht.",
                    ["Russland→Iran support affirmed asserted", "Israel→Iran threat affirmed asserted"]),
        MinimalPair("Frankreich lobt Armenien, das sich von Russland abwendet.",
                    ["Frankreich→Armenien support affirmed asserted", "Armenien→Russland distancing affirmed asserted"],
                    "Frankreich lobt Armenien, das sich nicht von Russland abwendet.",
                    ["Frankreich→Armenien support affirmed asserted", "Armenien→Russland distancing negated asserted"]),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
