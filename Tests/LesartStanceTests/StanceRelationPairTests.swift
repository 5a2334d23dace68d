import Testing
import Lesart

// Minimal pairs for relation words ("Beziehungen", "Spannungen zwischen X und Y"), mutual
// relations, and "drohen" as a risk or a threat.
// Each pair differs in its phenomenon only; the expected records are the EXACT set,
// written "Holder→Target label polarity modality" (StancePipeline.records(of:)).

@Suite("Stance pairs: drohen as risk or threat")
struct DrohenPairs {
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

@Suite("Stance pairs: relation words and mutual relations")
struct MutualRelationPairs {
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
        MinimalPair("Indien kritisiert Pakistan.", ["Indien→Pakistan distancing affirmed asserted"],
                    "Zwischen Indien und Pakistan gibt es Spannungen.",
                    ["Indien→Pakistan distancing affirmed asserted mutual"]),
        MinimalPair("Die Partnerschaft zwischen Russland und China wächst.",
                    ["Russland→China support affirmed asserted mutual"],
                    "Die Partnerschaft zwischen Russland und China wird beendet.",
                    ["Russland→China distancing affirmed asserted mutual"]),
        MinimalPair("Armenien und Aserbaidschan kritisieren die Türkei.",
                    ["Armenien→Türkei distancing affirmed asserted", "Aserbaidschan→Türkei distancing affirmed asserted"],
                    "Armenien und Aserbaidschan kritisieren sich gegenseitig.",
                    ["Armenien→Aserbaidschan distancing affirmed asserted mutual"]),
        // A verb "mit X" is symmetric: with two coordinated subjects it is mutual.
        MinimalPair("Russland kooperiert mit China.", ["Russland→China support affirmed asserted"],
                    "Russland und China kooperieren.", ["Russland→China support affirmed asserted mutual"]),
        MinimalPair("Japan stärkt seine Zusammenarbeit mit Südkorea.", ["Japan→Südkorea support affirmed asserted"],
                    "Japan und Südkorea stärken ihre Zusammenarbeit.",
                    ["Japan→Südkorea support affirmed asserted mutual"]),
        // A noun "mit X" with a coordinated subject is mutual; "einen" after "mit X" is an article.
        MinimalPair("Nordkorea hat mit Russland einen Beistandspakt geschlossen.",
                    ["Nordkorea→Russland support affirmed asserted"],
                    "Pjöngjang und Moskau haben einen Beistandspakt geschlossen.",
                    ["Nordkorea→Russland support affirmed asserted mutual"]),
        // A noun of improving relations between two actors is itself the relation.
        MinimalPair("Die Spannungen zwischen Saudi-Arabien und Israel wachsen.",
                    ["Saudi-Arabien→Israel distancing affirmed asserted mutual"],
                    "Die Annäherung zwischen Saudi-Arabien und Israel schreitet voran.",
                    ["Saudi-Arabien→Israel support affirmed asserted mutual"]),
        // Strained relations named without "zwischen" need "mit" for the other side.
        MinimalPair("Polen beklagt den Konflikt mit Russland.", ["Polen→Russland distancing affirmed asserted"],
                    "Der Konflikt verschärft sich und Polen fordert Schutz durch die NATO.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}

@Suite("Stance pairs: words of strained and cooling relations")
struct StrainedRelationWordPairs {
    static let pairs: [MinimalPair] = [
        MinimalPair("Es gab Misstöne zwischen Georgien und Armenien.", ["Georgien→Armenien distancing affirmed asserted mutual"],
                    "Es gab Gespräche zwischen Georgien und Armenien.", []),
        MinimalPair("Die Beziehungen zwischen Georgien und Armenien kühlen sich ab.", ["Georgien→Armenien distancing affirmed asserted mutual"],
                    "Die Beziehungen zwischen Georgien und Armenien bleiben stabil.", []),
    ]

    @Test(arguments: pairs)
    func pair(_ pair: MinimalPair) throws { try StancePipeline.check(pair) }
}
