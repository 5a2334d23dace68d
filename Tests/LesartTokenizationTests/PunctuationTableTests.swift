import Testing
import LesartCore
import LesartTokenization

/// Punctuation: German, French, typewriter and single quotes split off as tokens of their
/// own; ellipses (`...`, `…`) and dash runs (`--`) are single tokens; runs of `?` and `!`
/// stay together; brackets and other separators are tokens of their own.
@Suite("Tokenizer table: quotes, ellipses, dashes and brackets")
struct PunctuationTableTests {
    static let quotesCases: [TokenCase] = [
        TokenCase("Er sagte: „Ja.“", "Er sagte : „ Ja . “", [("„", .punctuation), ("“", .punctuation)]),
        TokenCase("Er sagte „Nein“.", "Er sagte „ Nein “ .", "Nein", .word),
        TokenCase("»Komm her«, rief sie.", "» Komm her « , rief sie .", [("»", .punctuation), ("«", .punctuation)]),
        TokenCase("«Bonjour», sagte er.", "« Bonjour » , sagte er .", "Bonjour", .word),
        TokenCase("Er sagte \"nein\".", "Er sagte \" nein \" .", "\"", .punctuation),
        TokenCase("Sie nannte es ‚schön‘.", "Sie nannte es ‚ schön ‘ .", [("‚", .punctuation), ("‘", .punctuation)]),
        TokenCase("Das ist „toll“!", "Das ist „ toll “ !", "toll", .word),
        TokenCase("He said “hello” twice.", "He said “ hello ” twice .", "”", .punctuation),
        TokenCase("Sie sagte: „Komm!“, und ging.", "Sie sagte : „ Komm ! “ , und ging .", "!", .punctuation),
        TokenCase("„Wirklich?“, fragte er.", "„ Wirklich ? “ , fragte er .", "?", .punctuation),
        TokenCase("Das Wort ›Haus‹ ist kurz.", "Das Wort › Haus ‹ ist kurz .", "›", .punctuation),
    ]

    static let ellipsesAndDashesCases: [TokenCase] = [
        TokenCase("Na ja...", "Na ja ...", "...", .punctuation),
        TokenCase("Warte … was?", "Warte … was ?", "…", .punctuation),
        TokenCase("Nein…", "Nein …", "…", .punctuation),
        TokenCase("Und dann...nichts.", "Und dann ... nichts .", "...", .punctuation),
        TokenCase("Das war's...", "Das war's ...", "war's", .word),
        TokenCase("Ich weiß nicht ... vielleicht.", "Ich weiß nicht ... vielleicht .", "...", .punctuation),
        TokenCase("Sie kam – spät – an.", "Sie kam – spät – an .", "–", .punctuation),
        TokenCase("Er kam — endlich.", "Er kam — endlich .", "—", .punctuation),
        TokenCase("Sie kam—und ging.", "Sie kam — und ging .", "—", .punctuation),
        TokenCase("Er kam -- endlich.", "Er kam -- endlich .", "--", .punctuation),
        TokenCase("Von 9–17 Uhr offen.", "Von 9 – 17 Uhr offen .", "–", .punctuation),
    ]

    static let bracketsAndMarksCases: [TokenCase] = [
        TokenCase("Das Ergebnis (siehe oben) ist klar.", "Das Ergebnis ( siehe oben ) ist klar .", [("(", .punctuation), (")", .punctuation)]),
        TokenCase("Die Liste [1] zeigt es.", "Die Liste [ 1 ] zeigt es .", "[", .punctuation),
        TokenCase("Die Menge {a, b} ist klein.", "Die Menge { a , b } ist klein .", "{", .punctuation),
        TokenCase("Er (35) wohnt hier.", "Er ( 35 ) wohnt hier .", "35", .number),
        TokenCase("Das kostet 5 € (netto).", "Das kostet 5 € ( netto ) .", ")", .punctuation),
        TokenCase("Echt?!", "Echt ?!", "?!", .punctuation),
        TokenCase("Nein!!!", "Nein !!!", "!!!", .punctuation),
        TokenCase("Was???", "Was ???", "???", .punctuation),
        TokenCase("Was soll das?!?", "Was soll das ?!?", "?!?", .punctuation),
        TokenCase("Ja, nein; vielleicht.", "Ja , nein ; vielleicht .", ";", .punctuation),
        TokenCase("Er rief: Hallo!", "Er rief : Hallo !", ":", .punctuation),
        TokenCase("Ja. Nein.", "Ja . Nein .", "Ja", .word),
        TokenCase("Tom & Jerry", "Tom & Jerry", "&", .symbol),
        TokenCase("Preis/Leistung stimmt.", "Preis / Leistung stimmt .", "/", .punctuation),
        TokenCase("Wie bitte?", "Wie bitte ?", "?", .punctuation),
        TokenCase("Ende.Anfang", "Ende . Anfang", ".", .punctuation),
        TokenCase("Hallo,Welt", "Hallo , Welt", ",", .punctuation),
    ]

    static let cases = quotesCases + ellipsesAndDashesCases + bracketsAndMarksCases

    @Test("quotes", arguments: quotesCases)
    func quotes(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("ellipses and dashes", arguments: ellipsesAndDashesCases)
    func ellipsesAndDashes(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("brackets and punctuation runs", arguments: bracketsAndMarksCases)
    func bracketsAndMarks(_ row: TokenCase) throws {
        try check(row)
    }
}
