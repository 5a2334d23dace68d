import Testing
import LesartCore
import LesartTokenization

/// Word-internal punctuation: hyphenated compounds and truncations (one token in EmpiriST,
/// hyphen split off between letter words in UD), gender forms with `*` `:` `_` `/` `·`
/// (one token when a listed ending follows), and apostrophes (clitics, elisions and
/// genitives stay in the word, quoting apostrophes split off).
@Suite("Tokenizer table: compounds, gender forms and apostrophes")
struct WordFormTableTests {
    static let hyphensCases: [TokenCase] = [
        // EmpiriST: compounds and truncations are one token.
        TokenCase("Der EU-Beitritt kam spät.", "Der EU-Beitritt kam spät .", "EU-Beitritt", .word, only: .empirist),
        TokenCase("Ein- und Ausfuhr steigen.", "Ein- und Ausfuhr steigen .", "Ein-", .word, only: .empirist),
        TokenCase("Vor- und Nachteile abwägen.", "Vor- und Nachteile abwägen .", "Vor-", .word, only: .empirist),
        TokenCase("Die Jugend- und Sportpolitik.", "Die Jugend- und Sportpolitik .", "Jugend-", .word, only: .empirist),
        TokenCase("Haupt- oder Nebensache?", "Haupt- oder Nebensache ?", "Haupt-", .word, only: .empirist),
        TokenCase("Die Bahn hat Sonn- und Feiertagszuschläge.", "Die Bahn hat Sonn- und Feiertagszuschläge .", "Sonn-", .word, only: .empirist),
        TokenCase("Die 3-Zimmer-Wohnung ist hell.", "Die 3-Zimmer-Wohnung ist hell .", "3-Zimmer-Wohnung", .word, only: .empirist),
        TokenCase("Ein Schritt-für-Schritt-Plan hilft.", "Ein Schritt-für-Schritt-Plan hilft .", "Schritt-für-Schritt-Plan", .word, only: .empirist),
        TokenCase("Er trägt ein T-Shirt.", "Er trägt ein T-Shirt .", "T-Shirt", .word, only: .empirist),
        TokenCase("Im Nord-Süd-Konflikt gibt es Streit.", "Im Nord-Süd-Konflikt gibt es Streit .", "Nord-Süd-Konflikt", .word, only: .empirist),
        TokenCase("Die E-Mail kam an.", "Die E-Mail kam an .", "E-Mail", .word, only: .empirist),
        TokenCase("Frau Müller-Lüdenscheidt lacht.", "Frau Müller-Lüdenscheidt lacht .", "Müller-Lüdenscheidt", .word, only: .empirist),
        TokenCase("Die 90er-Jahre waren bunt.", "Die 90er-Jahre waren bunt .", only: .empirist),
        TokenCase("Der Ex-Minister schweigt.", "Der Ex-Minister schweigt .", "Ex-Minister", .word, only: .empirist),
        // UD: a hyphen between two letter words is a token of its own.
        TokenCase("Der EU-Beitritt kam spät.", "Der EU - Beitritt kam spät .", "-", .punctuation, only: .ud),
        TokenCase("Ein- und Ausfuhr steigen.", "Ein - und Ausfuhr steigen .", "Ein", .word, only: .ud),
        TokenCase("Vor- und Nachteile abwägen.", "Vor - und Nachteile abwägen .", "Vor", .word, only: .ud),
        TokenCase("Die Jugend- und Sportpolitik.", "Die Jugend - und Sportpolitik .", "-", .punctuation, only: .ud),
        TokenCase("Haupt- oder Nebensache?", "Haupt - oder Nebensache ?", "Haupt", .word, only: .ud),
        TokenCase("Er trägt ein T-Shirt.", "Er trägt ein T - Shirt .", "Shirt", .word, only: .ud),
        TokenCase("Im Nord-Süd-Konflikt gibt es Streit.", "Im Nord - Süd - Konflikt gibt es Streit .", "Süd", .word, only: .ud),
        TokenCase("Die E-Mail kam an.", "Die E - Mail kam an .", "Mail", .word, only: .ud),
        TokenCase("Frau Müller-Lüdenscheidt lacht.", "Frau Müller - Lüdenscheidt lacht .", "Lüdenscheidt", .word, only: .ud),
        TokenCase("Die 3-Zimmer-Wohnung ist hell.", "Die 3-Zimmer - Wohnung ist hell .", "Wohnung", .word, only: .ud),
        // Hyphens touching digits stay in both conventions.
        TokenCase("Er kam 2-mal.", "Er kam 2-mal ."),
        TokenCase("Sie hat 3-4 Kinder.", "Sie hat 3-4 Kinder .", only: .ud),
        // EmpiriST (as SoMaJo: "1/2-3/4") splits the hyphen of a range; UD keeps it.
        TokenCase("Sie hat 3-4 Kinder.", "Sie hat 3 - 4 Kinder .", only: .empirist),
        TokenCase("Ein 5-jähriges Kind spielt.", "Ein 5-jähriges Kind spielt ."),
        // A spaced hyphen is a dash in both conventions.
        TokenCase("Er kam - wie immer - zu spät.", "Er kam - wie immer - zu spät .", "-", .punctuation),
    ]

    static let genderFormsCases: [TokenCase] = [
        TokenCase("Alle Bürger*innen sind eingeladen.", "Alle Bürger*innen sind eingeladen .", "Bürger*innen", .word),
        TokenCase("Die Lehrer:innen streiken.", "Die Lehrer:innen streiken .", "Lehrer:innen", .word),
        TokenCase("Liebe Student_innen, hallo.", "Liebe Student_innen , hallo .", "Student_innen", .word),
        TokenCase("Jeder Mitarbeiter/in kommt.", "Jeder Mitarbeiter/in kommt .", "Mitarbeiter/in", .word),
        TokenCase("Die Kolleg·innen sind da.", "Die Kolleg·innen sind da .", "Kolleg·innen", .word),
        TokenCase("Experten/Expertinnen wurden befragt.", "Experten / Expertinnen wurden befragt .", "/", .punctuation),
        TokenCase("Die BürgerInnen wählen.", "Die BürgerInnen wählen .", "BürgerInnen", .word),
        TokenCase("Ein*e Lehrer*in fehlt.", "Ein*e Lehrer*in fehlt .", [("Ein*e", .word), ("Lehrer*in", .word)]),
        TokenCase("Jede*r ist willkommen.", "Jede*r ist willkommen .", "Jede*r", .word),
        TokenCase("Liebe Freund*innen!", "Liebe Freund*innen !", "Freund*innen", .word),
        TokenCase("Die Ärzt*innen warnen.", "Die Ärzt*innen warnen .", "Ärzt*innen", .word),
        TokenCase("Männer/Frauen sind gleich.", "Männer / Frauen sind gleich .", "Männer", .word),
        TokenCase("Tee und/oder Kaffee.", "Tee und / oder Kaffee .", "/", .punctuation),
        TokenCase("Alle Lehrer/-innen kommen.", "Alle Lehrer/-innen kommen .", "Lehrer/-innen", .word),
        TokenCase("Die Schüler:innen und Lehrer:innen feiern.", "Die Schüler:innen und Lehrer:innen feiern .", "Schüler:innen", .word),
    ]

    static let apostrophesCases: [TokenCase] = [
        TokenCase("Wie geht's dir?", "Wie geht's dir ?", "geht's", .word),
        TokenCase("Da gibt’s nichts.", "Da gibt’s nichts .", "gibt’s", .word),
        TokenCase("Andrea's Imbiss hat zu.", "Andrea's Imbiss hat zu .", "Andrea's", .word),
        TokenCase("Die Musik der '90er ist toll.", "Die Musik der '90er ist toll ."),
        TokenCase("Er redet mit so 'nem Typen.", "Er redet mit so 'nem Typen .", "'nem", .word),
        TokenCase("Ich hab 'ne Frage.", "Ich hab 'ne Frage .", "'ne", .word),
        TokenCase("Das ist Klaus' Auto.", "Das ist Klaus' Auto .", "Klaus'", .word),
        TokenCase("Das ist Max’ Fahrrad.", "Das ist Max’ Fahrrad .", "Max’", .word),
        TokenCase("Er sagte 'Wort' und ging.", "Er sagte ' Wort ' und ging .", "Wort", .word),
        TokenCase("Er sagt: 'Hallo'.", "Er sagt : ' Hallo ' .", "'", .punctuation),
        TokenCase("Hast du's gesehen?", "Hast du's gesehen ?", "du's", .word),
        TokenCase("Mach's gut!", "Mach's gut !", "Mach's", .word),
        TokenCase("Wie war's?", "Wie war's ?", "war's", .word),
        TokenCase("O'Brien kommt heute.", "O'Brien kommt heute .", "O'Brien", .word),
        TokenCase("Komm 'rein, schnell!", "Komm 'rein , schnell !", "'rein", .word),
    ]

    static let cases = hyphensCases + genderFormsCases + apostrophesCases

    @Test("hyphenated compounds and truncations", arguments: hyphensCases)
    func hyphens(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("gender forms", arguments: genderFormsCases)
    func genderForms(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("apostrophes", arguments: apostrophesCases)
    func apostrophes(_ row: TokenCase) throws {
        try check(row)
    }
}
