import Testing
import LesartCore
import LesartTokenization
import TestSupport

/// Hard-wrapped text against headings, as minimal pairs: a line that ends in a capitalised
/// word before a line that starts with one is a heading when it is short or its
/// neighbours are much longer lines, and a wrapped line of running text when its
/// neighbours are about as long as itself; short entry lines of web pages (menus, opening
/// hours) are entries of their own. Every text runs under both conventions.
@Suite("Hard-wrapped lines and headings")
struct HardWrapTests {
    static let cases: [(text: String, sentences: [String])] = [
        // Wrapped at about 70 characters: the line break is a space.
        ("Die Abgeordneten des kleinen Landes Nordland berieten bis zum Abend\nHaushalt und Steuern, doch eine Einigung gab es nicht.",
         ["Die Abgeordneten des kleinen Landes Nordland berieten bis zum Abend\nHaushalt und Steuern, doch eine Einigung gab es nicht."]),
        ("Der Fährmann brachte die Reisenden über den Fluss, und am anderen\nUfer warteten schon die Pferde.\n",
         ["Der Fährmann brachte die Reisenden über den Fluss, und am anderen\nUfer warteten schon die Pferde."]),
        ("Im Winter des Jahres 1850 zog die Familie mit allem Hausrat nach der\nStadt am Meer, wo der Vater als Schreiber im Hafenamt der Gemeinde\nArbeit gefunden hatte.",
         ["Im Winter des Jahres 1850 zog die Familie mit allem Hausrat nach der\nStadt am Meer, wo der Vater als Schreiber im Hafenamt der Gemeinde\nArbeit gefunden hatte."]),
        // The same first line as a heading before a paragraph written on one line.
        ("Die Abgeordneten des kleinen Landes Nordland berieten bis zum Abend\nHaushalt und Steuern waren am Montag das Thema der Abgeordneten, die bis in die Nacht berieten, ohne sich zu einigen, wie die Sprecherin sagte.",
         ["Die Abgeordneten des kleinen Landes Nordland berieten bis zum Abend",
          "Haushalt und Steuern waren am Montag das Thema der Abgeordneten, die bis in die Nacht berieten, ohne sich zu einigen, wie die Sprecherin sagte."]),
        // A short heading before wrapped text.
        ("Haushalt in Nordland\nDie Abgeordneten des kleinen Landes Nordland berieten bis zum Abend\nüber Steuern und Abgaben.",
         ["Haushalt in Nordland", "Die Abgeordneten des kleinen Landes Nordland berieten bis zum Abend\nüber Steuern und Abgaben."]),
        // Numbered items as long as wrapped lines are items all the same.
        ("Die Tagesordnung der Versammlung im Gemeindesaal von Nordhafen\n1. Begrüßung durch den Vorstand und Bericht des Kassenwarts\n2. Wahlen des neuen Vorstands und der beiden Kassenprüfer\n3. Verschiedenes",
         ["Die Tagesordnung der Versammlung im Gemeindesaal von Nordhafen", "1. Begrüßung durch den Vorstand und Bericht des Kassenwarts",
          "2. Wahlen des neuen Vorstands und der beiden Kassenprüfer", "3. Verschiedenes"]),
        // Short entry lines of a web page (a menu, opening hours) are entries of their own;
        // a narrow wrap whose next line ends in a closed-class word goes on.
        ("Startseite\nÜber uns\nKontakt\nImpressum\n\nWillkommen bei uns.",
         ["Startseite", "Über uns", "Kontakt", "Impressum", "Willkommen bei uns."]),
        ("Unsere Zeiten\nMontag bis Freitag 9 bis 18 Uhr\nSamstag 9 bis 13 Uhr\nSonntag geschlossen",
         ["Unsere Zeiten", "Montag bis Freitag 9 bis 18 Uhr", "Samstag 9 bis 13 Uhr", "Sonntag geschlossen"]),
        ("Die Regierung hat heute\nSteuern erhöht und die\nBürger belastet.",
         ["Die Regierung hat heute\nSteuern erhöht und die\nBürger belastet."]),
        // A line as long as a wrapped one, after a much longer line (one sentence to a line).
        ("Dieser Satz steht auf einer langen Zeile, wie man sie in Dokumenten findet, die jeden Satz auf eine Zeile schreiben.\nUrheberrecht an allen Texten und Bildern im Land Nordland seit 2020\nAlle Rechte vorbehalten.",
         ["Dieser Satz steht auf einer langen Zeile, wie man sie in Dokumenten findet, die jeden Satz auf eine Zeile schreiben.",
          "Urheberrecht an allen Texten und Bildern im Land Nordland seit 2020", "Alle Rechte vorbehalten."]),
    ]

    @Test("wrapped line or heading", arguments: cases.indices)
    func wrappedOrHeading(_ index: Int) throws {
        let row = Self.cases[index]
        for convention in Convention.allCases {
            var document = try tokenize(row.text, convention: convention)
            SentenceSplitter(profile: Fixtures.german, convention: convention).split(&document)
            let actual = document.sentences.map { document.text(of: $0) }
            #expect(actual == row.sentences, "[\(convention.rawValue)] \(String(reflecting: row.text))")
        }
    }
}
