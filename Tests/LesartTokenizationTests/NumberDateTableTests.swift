import Testing
import LesartCore
import LesartTokenization

/// Numbers, ordinals, dates and times: thousands separators and decimal commas stay in the
/// number, signs stay on it, units and currency symbols split off, an ordinal keeps its
/// period (`3.` before a month or noun), a sentence-final number gives its period back
/// (`2007` `.`), and digit dates and clock times are single tokens.
@Suite("Tokenizer table: numbers, ordinals and dates")
struct NumberDateTableTests {
    static let ordinalsAndDatesCases: [TokenCase] = [
        TokenCase("Am 3. Oktober feiern wir.", "Am 3. Oktober feiern wir .", "3.", .ordinal),
        TokenCase("Er kam am 3. Okt. zurück.", "Er kam am 3. Okt. zurück .", "3.", .ordinal),
        // EmpiriST (as SoMaJo) writes a date as day, month and year tokens; UD keeps it whole.
        TokenCase("Die Frist endet am 27.11.2026.", "Die Frist endet am 27.11.2026 .", "27.11.2026", .date, only: .ud),
        TokenCase("Die Frist endet am 27.11.2026.", "Die Frist endet am 27. 11. 2026 .", "27.", .date, only: .empirist),
        TokenCase("Die Frist endet am 27.11.2026 um Mitternacht.", "Die Frist endet am 27.11.2026 um Mitternacht .", "27.11.2026", .date, only: .ud),
        TokenCase("Die Frist endet am 27.11.2026 um Mitternacht.", "Die Frist endet am 27. 11. 2026 um Mitternacht .", "2026", .date, only: .empirist),
        TokenCase("Das Datum 2026-11-27 ist ein Freitag.", "Das Datum 2026-11-27 ist ein Freitag .", "2026-11-27", .date),
        TokenCase("Er wurde am 1.5.1990 geboren.", "Er wurde am 1.5.1990 geboren .", "1.5.1990", .date, only: .ud),
        TokenCase("Er wurde am 1.5.1990 geboren.", "Er wurde am 1. 5. 1990 geboren .", "5.", .date, only: .empirist),
        TokenCase("Das Spiel war am 12.3.24 in Köln.", "Das Spiel war am 12.3.24 in Köln .", "12.3.24", .date, only: .ud),
        TokenCase("Das Spiel war am 12.3.24 in Köln.", "Das Spiel war am 12. 3. 24 in Köln .", "24", .date, only: .empirist),
        TokenCase("Der Termin ist am 3.3.2026, nicht später.", "Der Termin ist am 3.3.2026 , nicht später .", "3.3.2026", .date, only: .ud),
        TokenCase("Der Termin ist am 3.3.2026, nicht später.", "Der Termin ist am 3. 3. 2026 , nicht später .", "2026", .date, only: .empirist),
        TokenCase("Am 01.05. ist Feiertag.", "Am 01.05. ist Feiertag .", "01.05.", .date, only: .ud),
        TokenCase("Am 01.05. ist Feiertag.", "Am 01. 05. ist Feiertag .", "05.", .date, only: .empirist),
        TokenCase("Bis zum 3.10. bleibe ich.", "Bis zum 3.10. bleibe ich .", "3.10.", .date, only: .ud),
        TokenCase("Bis zum 3.10. bleibe ich.", "Bis zum 3. 10. bleibe ich .", "3.", .date, only: .empirist),
        TokenCase("Die 1990er waren wild.", "Die 1990er waren wild ."),
        TokenCase("Die 68er prägten das Land.", "Die 68er prägten das Land ."),
        TokenCase("Im 19. Jahrhundert war das anders.", "Im 19. Jahrhundert war das anders .", "19.", .ordinal),
        TokenCase("Das geschah im Jahr 2007.", "Das geschah im Jahr 2007 .", "2007", .number),
        TokenCase("Das war 2007. Dann kam die Krise.", "Das war 2007 . Dann kam die Krise .", "2007", .number),
        TokenCase("Er zählte bis 10. Dann schlief er ein.", "Er zählte bis 10 . Dann schlief er ein .", "10", .number),
        TokenCase("Der 1. Platz geht an sie.", "Der 1. Platz geht an sie .", "1.", .ordinal),
        TokenCase("Sie ist die 2. Vorsitzende.", "Sie ist die 2. Vorsitzende .", "2.", .ordinal),
        TokenCase("Das war der 100. Geburtstag.", "Das war der 100. Geburtstag .", "100.", .ordinal),
        TokenCase("Er kam am 24. Dezember 2025 an.", "Er kam am 24. Dezember 2025 an .", [("24.", .ordinal), ("2025", .number)]),
        TokenCase("Am 3. und 4. Mai ist zu.", "Am 3. und 4. Mai ist zu .", [("3.", .ordinal), ("4.", .ordinal)]),
        TokenCase("Am Montag, 5. Mai, geht es los.", "Am Montag , 5. Mai , geht es los .", "5.", .ordinal),
        TokenCase("Er belegte Platz 3.", "Er belegte Platz 3 .", "3", .number),
        TokenCase("Wir sehen uns im 3. Quartal.", "Wir sehen uns im 3. Quartal .", "3.", .ordinal),
        TokenCase("Friedrich II. war König.", "Friedrich II. war König ."),
        TokenCase("Am 3.Oktober war ich da.", "Am 3. Oktober war ich da .", "3.", .ordinal),
        TokenCase("Die Jahre 1914-1918 waren hart.", "Die Jahre 1914-1918 waren hart .", only: .ud),
        // EmpiriST (as SoMaJo: "1/2-3/4") splits the hyphen of a range; UD keeps it.
        TokenCase("Die Jahre 1914-1918 waren hart.", "Die Jahre 1914 - 1918 waren hart .", only: .empirist),
        TokenCase("Sie wurde 1985 in Ulm geboren.", "Sie wurde 1985 in Ulm geboren .", "1985", .number),
    ]

    static let numbersCases: [TokenCase] = [
        TokenCase("Es gab 1.000.000 Besucher.", "Es gab 1.000.000 Besucher .", "1.000.000", .number),
        TokenCase("Der Wert liegt bei 3,5.", "Der Wert liegt bei 3,5 .", "3,5", .number),
        TokenCase("Das kostet 1.000,50 €.", "Das kostet 1.000,50 € .", [("1.000,50", .number), ("€", .symbol)]),
        TokenCase("Wir treffen uns um 12:30 Uhr.", "Wir treffen uns um 12:30 Uhr .", "12:30", .time),
        TokenCase("Es ist schon 23:59 Uhr.", "Es ist schon 23:59 Uhr .", "23:59", .time),
        TokenCase("Die Quote liegt bei 3,5 %.", "Die Quote liegt bei 3,5 % .", "%", .symbol),
        TokenCase("Die Quote liegt bei 3,5%.", "Die Quote liegt bei 3,5 % .", "3,5", .number),
        TokenCase("Es ist -5 Grad kalt.", "Es ist -5 Grad kalt .", "-5", .number),
        TokenCase("Ruf +49 30 123456 an.", "Ruf +49 30 123456 an .", "+49", .number),
        TokenCase("Gib mir 1/2 Liter.", "Gib mir 1/2 Liter .", "1/2", .number),
        TokenCase("Die ISBN ist 978-3-16-148410-0.", "Die ISBN ist 978-3-16-148410-0 .", "978-3-16-148410-0", .number),
        TokenCase("Wir fuhren 100km weit.", "Wir fuhren 100 km weit .", [("100", .number), ("km", .word)]),
        TokenCase("Er fuhr 10 km/h zu schnell.", "Er fuhr 10 km/h zu schnell .", "10", .number),
        TokenCase("Er wog 80kg.", "Er wog 80 kg .", "80", .number),
        TokenCase("Das kostet 5€.", "Das kostet 5 € .", "€", .symbol),
        TokenCase("Das kostet €5.", "Das kostet € 5 .", "5", .number),
        TokenCase("Das kostet $20.", "Das kostet $ 20 .", "$", .symbol),
        TokenCase("Es waren 2,5 Mio. Menschen.", "Es waren 2,5 Mio. Menschen .", "2,5", .number),
        TokenCase("Er lief 10.000 m.", "Er lief 10.000 m .", "10.000", .number),
        TokenCase("Ein Anteil von 0,5 Prozent.", "Ein Anteil von 0,5 Prozent .", "0,5", .number),
        TokenCase("Um 9 Uhr geht es los.", "Um 9 Uhr geht es los .", "9", .number),
        TokenCase("Das Spiel endete 2:1.", "Das Spiel endete 2:1 ."),
        TokenCase("Er gewann 6:3, 6:4.", "Er gewann 6:3 , 6:4 ."),
        TokenCase("Der Zug fährt um 8.15 Uhr.", "Der Zug fährt um 8.15 Uhr ."),
        TokenCase("Das sind 20 % mehr.", "Das sind 20 % mehr .", "%", .symbol),
        TokenCase("Der Kurs stieg um +3,2 Prozent.", "Der Kurs stieg um +3,2 Prozent .", "+3,2", .number),
        TokenCase("Preis: 19,99€", "Preis : 19,99 €", "19,99", .number),
        TokenCase("Es kamen 50-60 Leute.", "Es kamen 50-60 Leute .", only: .ud),
        // EmpiriST (as SoMaJo: "1/2-3/4") splits the hyphen of a range; UD keeps it.
        TokenCase("Es kamen 50-60 Leute.", "Es kamen 50 - 60 Leute .", only: .empirist),
        TokenCase("Laut §5 gilt das.", "Laut § 5 gilt das .", "5", .number),
        TokenCase("Er hat 3 Kinder.", "Er hat 3 Kinder .", "3", .number),
        TokenCase("Die Zahl 3.14 kennt jeder.", "Die Zahl 3.14 kennt jeder .", "3.14", .number),
    ]

    static let cases = ordinalsAndDatesCases + numbersCases

    @Test("ordinals and dates", arguments: ordinalsAndDatesCases)
    func ordinalsAndDates(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("numbers, units and times", arguments: numbersCases)
    func numbers(_ row: TokenCase) throws {
        try check(row)
    }
}
