import Testing
import LesartCore
import LesartTokenization

/// Abbreviations and initials: the period stays with a listed abbreviation (`Nr.`, `usw.`),
/// spaced multi-part abbreviations are one token per part (`z.` `B.`), closed-up ones are one
/// token (`z.B.`), capitalised sentence-initial forms are recognised (`Vgl.`), single capital
/// letters with a period are initials, and a period after an ordinary word splits off.
@Suite("Tokenizer table: abbreviations")
struct AbbreviationTableTests {
    static let cases: [TokenCase] = [
        TokenCase("Er mag Obst, z. B. Äpfel.", "Er mag Obst , z. B. Äpfel .", [("z.", .abbreviation), ("B.", .abbreviation)]),
        // EmpiriST (as SoMaJo) writes a closed-up abbreviation as its parts; UD keeps it whole.
        TokenCase("Er mag Obst, z.B. Äpfel.", "Er mag Obst , z.B. Äpfel .", "z.B.", .abbreviation, only: .ud),
        TokenCase("Er mag Obst, z.B. Äpfel.", "Er mag Obst , z. B. Äpfel .", "B.", .abbreviation, only: .empirist),
        TokenCase("Z. B. gestern war es kalt.", "Z. B. gestern war es kalt .", "Z.", .abbreviation),
        TokenCase("Sie kauft u. a. Brot.", "Sie kauft u. a. Brot .", [("u.", .abbreviation), ("a.", .abbreviation)]),
        TokenCase("Er spielt u.a. Gitarre.", "Er spielt u.a. Gitarre .", "u.a.", .abbreviation, only: .ud),
        TokenCase("Er spielt u.a. Gitarre.", "Er spielt u. a. Gitarre .", "u.", .abbreviation, only: .empirist),
        TokenCase("Das Haus Nr. 5 brennt.", "Das Haus Nr. 5 brennt .", "Nr.", .abbreviation),
        TokenCase("Dr. Müller kommt gleich.", "Dr. Müller kommt gleich .", "Dr.", .abbreviation),
        TokenCase("Prof. Dr. Weber liest heute.", "Prof. Dr. Weber liest heute .", "Prof.", .abbreviation),
        TokenCase("Er kam am 3. Okt. nach Hause.", "Er kam am 3. Okt. nach Hause .", "Okt.", .abbreviation),
        TokenCase("Äpfel bzw. Birnen schmecken.", "Äpfel bzw. Birnen schmecken .", "bzw.", .abbreviation),
        TokenCase("Es kamen ca. 300 Leute.", "Es kamen ca. 300 Leute .", "ca.", .abbreviation),
        TokenCase("Wir wohnen in St. Gallen.", "Wir wohnen in St. Gallen .", "St.", .abbreviation),
        TokenCase("Brot, Käse usw. sind da.", "Brot , Käse usw. sind da .", "usw.", .abbreviation),
        TokenCase("Wir kaufen Brot, Käse usw.", "Wir kaufen Brot , Käse usw.", "usw.", .abbreviation),
        TokenCase("Vgl. dazu Abschnitt 2.", "Vgl. dazu Abschnitt 2 .", "Vgl.", .abbreviation),
        TokenCase("Das steht dort (vgl. S. 12).", "Das steht dort ( vgl. S. 12 ) .", [("vgl.", .abbreviation), ("S.", .abbreviation)]),
        TokenCase("J. R. R. Tolkien schrieb viel.", "J. R. R. Tolkien schrieb viel .", [("J.", .abbreviation), ("R.", .abbreviation)]),
        TokenCase("Das sagte Angela M. gestern.", "Das sagte Angela M. gestern .", "M.", .abbreviation),
        TokenCase("Die Firma Müller & Co. KG wächst.", "Die Firma Müller & Co. KG wächst .", [("Co.", .abbreviation), ("&", .symbol)]),
        TokenCase("Das kostet 5 Mio. Euro.", "Das kostet 5 Mio. Euro .", "Mio.", .abbreviation),
        TokenCase("Es geht um ca. 3,5 Mrd. Euro.", "Es geht um ca. 3,5 Mrd. Euro .", "Mrd.", .abbreviation),
        TokenCase("Er ist z. T. krank.", "Er ist z. T. krank .", "T.", .abbreviation),
        TokenCase("Er kommt evtl. morgen.", "Er kommt evtl. morgen .", "evtl.", .abbreviation),
        TokenCase("Sie arbeitet bei der Fa. Schmidt.", "Sie arbeitet bei der Fa. Schmidt .", "Fa.", .abbreviation),
        TokenCase("Die Sitzung ist am Mo. um zehn.", "Die Sitzung ist am Mo. um zehn .", "Mo.", .abbreviation),
        TokenCase("Siehe Abb. 3 und Tab. 2.", "Siehe Abb. 3 und Tab. 2 .", [("Abb.", .abbreviation), ("Tab.", .abbreviation)]),
        TokenCase("Das gilt i. d. R. immer.", "Das gilt i. d. R. immer .", "d.", .abbreviation),
        TokenCase("Das gilt i.d.R. immer.", "Das gilt i.d.R. immer .", "i.d.R.", .abbreviation, only: .ud),
        TokenCase("Das gilt i.d.R. immer.", "Das gilt i. d. R. immer .", "R.", .abbreviation, only: .empirist),
        TokenCase("Er hat d. h. nichts gesagt.", "Er hat d. h. nichts gesagt .", "h.", .abbreviation),
        TokenCase("Die Ursache steht im Anhang, s. unten.", "Die Ursache steht im Anhang , s. unten .", "s.", .abbreviation),
        TokenCase("Die Einwohner (inkl. Vororte) zählen.", "Die Einwohner ( inkl. Vororte ) zählen .", "inkl.", .abbreviation),
        TokenCase("Hr. Meier und Fr. Schulz kommen.", "Hr. Meier und Fr. Schulz kommen .", [("Hr.", .abbreviation), ("Fr.", .abbreviation)]),
        TokenCase("Das ist ein sog. Kompromiss.", "Das ist ein sog. Kompromiss .", "sog.", .abbreviation),
        TokenCase("Sie ist geb. Schmidt.", "Sie ist geb. Schmidt .", "geb.", .abbreviation),
        TokenCase("Der Verein Lesefreunde e.V. lädt ein.", "Der Verein Lesefreunde e.V. lädt ein .", "e.V.", .abbreviation, only: .ud),
        TokenCase("Der Verein Lesefreunde e.V. lädt ein.", "Der Verein Lesefreunde e. V. lädt ein .", "V.", .abbreviation, only: .empirist),
        TokenCase("Das ist ein Bsp. dafür.", "Das ist ein Bsp. dafür .", "Bsp.", .abbreviation),
        TokenCase("Er ist ggf. verhindert.", "Er ist ggf. verhindert .", "ggf.", .abbreviation),
        TokenCase("Lies Kap. 7 bis morgen.", "Lies Kap. 7 bis morgen .", "Kap.", .abbreviation),
        TokenCase("Beachten Sie Art. 5 Abs. 3 GG.", "Beachten Sie Art. 5 Abs. 3 GG .", [("Art.", .abbreviation), ("Abs.", .abbreviation), ("GG", .word)]),
        TokenCase("Das kostet zehn Euro pro Std.", "Das kostet zehn Euro pro Std.", "Std.", .abbreviation),
        TokenCase("Das 20. Jh. war grausam.", "Das 20. Jh. war grausam .", "Jh.", .abbreviation),
        TokenCase("Tel.: 030 123456", "Tel. : 030 123456", "Tel.", .abbreviation),
        TokenCase("Wir treffen uns Di., 14 Uhr.", "Wir treffen uns Di. , 14 Uhr .", "Di.", .abbreviation),
        TokenCase("Er wohnt in der Hauptstr. 12 im Hinterhaus.", "Er wohnt in der Hauptstr. 12 im Hinterhaus .", "Hauptstr.", .abbreviation),
        // A period after an ordinary word, an acronym or a name is sentence punctuation.
        TokenCase("Das ist das Ende des Satzes.", "Das ist das Ende des Satzes .", ".", .punctuation),
        TokenCase("Er war Mitglied der SPD.", "Er war Mitglied der SPD .", "SPD", .word),
        TokenCase("Sie ging nach Hause. Dann schlief sie.", "Sie ging nach Hause . Dann schlief sie .", "Hause", .word),
        TokenCase("Ich heiße Anna.", "Ich heiße Anna .", "Anna", .word),
        // A title abbreviation that is also a noun ends the text as the noun and a full stop.
        TokenCase("Wo ist mein Tab.", "Wo ist mein Tab .", "Tab", .word),
        // Case folding: a lowercase entry written with a capital is the abbreviation at a
        // sentence start or where the sentence goes on, not a noun before a sentence start.
        TokenCase("Er lebt in der Schweiz. Dort ist es kalt.", "Er lebt in der Schweiz . Dort ist es kalt .", "Schweiz", .word),
        TokenCase("Schweiz. Bundesbahnen fahren pünktlich.", "Schweiz. Bundesbahnen fahren pünktlich .", "Schweiz.", .abbreviation),
        TokenCase("Das ist ein Verb. Es bezeichnet eine Handlung.", "Das ist ein Verb . Es bezeichnet eine Handlung .", "Verb", .word),
        TokenCase("Der Dienst hört auf den Port. Die Firewall blockt.", "Der Dienst hört auf den Port . Die Firewall blockt .", "Port", .word),
        TokenCase("Sie sprach mit Franz. Dann ging sie.", "Sie sprach mit Franz . Dann ging sie .", "Franz", .word),
        TokenCase("Franz. Truppen zogen ab.", "Franz. Truppen zogen ab .", "Franz.", .abbreviation),
        TokenCase("Max. 30 Personen passen hinein.", "Max. 30 Personen passen hinein .", "Max.", .abbreviation),
        TokenCase("Der Vgl. mit Rom hinkt.", "Der Vgl. mit Rom hinkt .", "Vgl.", .abbreviation),
        // Entries whose capitalised spelling is a word (abbreviation-words.txt) are that word
        // inside a sentence before any capitalised word, not only before a listed opener.
        TokenCase("Er stand am Pol. Eisbären sah er keine.", "Er stand am Pol . Eisbären sah er keine .", "Pol", .word),
        TokenCase("Pol. Bildung ist Pflicht.", "Pol. Bildung ist Pflicht .", "Pol.", .abbreviation),
        TokenCase("Ich traf Phil. Kinder spielten.", "Ich traf Phil . Kinder spielten .", "Phil", .word),
        TokenCase("Wir fuhren in die Schweiz. Berge gab es dort.", "Wir fuhren in die Schweiz . Berge gab es dort .", "Schweiz", .word),
        TokenCase("Der Dr. phil. Anna Roth kam.", "Der Dr. phil. Anna Roth kam .", "phil.", .abbreviation),
        TokenCase("„Vgl. dazu Kapitel 3.“", "„ Vgl. dazu Kapitel 3 . “", "Vgl.", .abbreviation),
        // A capitalised entry in lowercase is the abbreviation unless it spells a word.
        TokenCase("Das ist so. Wir gehen.", "Das ist so . Wir gehen .", "so", .word),
        TokenCase("Am So. gehen wir.", "Am So. gehen wir .", "So.", .abbreviation),
        TokenCase("Er ist alt. Sie ist jung.", "Er ist alt . Sie ist jung .", "alt", .word),
        TokenCase("Ich glaube, dass er das mag. Sie nicht.", "Ich glaube , dass er das mag . Sie nicht .", "mag", .word),
        TokenCase("Das kostet 10 Euro pro std. und mehr.", "Das kostet 10 Euro pro std. und mehr .", "std.", .abbreviation),
        TokenCase("Wir kamen am 3. jan. an.", "Wir kamen am 3. jan. an .", "jan.", .abbreviation),
        // An entry that spells a word ends a sentence before a sentence-opening word.
        TokenCase("Das ist eine seltene Art. Die andere fehlt.", "Das ist eine seltene Art . Die andere fehlt .", "Art", .word),
        TokenCase("Das regelt Art. 5 GG.", "Das regelt Art. 5 GG .", "Art.", .abbreviation),
        TokenCase("Ich traf Jan. Er war müde.", "Ich traf Jan . Er war müde .", "Jan", .word),
        TokenCase("Es geschah am 2. Jan. 2020 in Bonn.", "Es geschah am 2. Jan. 2020 in Bonn .", "Jan.", .abbreviation),
        TokenCase("Das Boot umrundete das Kap. Dann kam Sturm.", "Das Boot umrundete das Kap . Dann kam Sturm .", "Kap", .word),
        // A unit after a number before a sentence start is the unit and a full stop; where
        // the sentence goes on, the abbreviation.
        TokenCase("Die Fahrt dauert 3 Std. Danach ruhen wir.", "Die Fahrt dauert 3 Std . Danach ruhen wir .", "Std", .word),
        TokenCase("Wir brauchen 3 Std. Geduld.", "Wir brauchen 3 Std. Geduld .", "Std.", .abbreviation),
        TokenCase("Der Wagen hat 90 PS.", "Der Wagen hat 90 PS .", "PS", .word),
        TokenCase("PS. Ich komme morgen.", "PS. Ich komme morgen .", "PS.", .abbreviation),
        // Letter groups whose last group is two or three capitals are a name's acronym.
        TokenCase("Sie ist Kundin bei Z.AG. Das ist billig.", "Sie ist Kundin bei Z.AG . Das ist billig .", "Z.AG", .word),
        TokenCase("Er lebt in den U.S.A. und arbeitet.", "Er lebt in den U.S.A. und arbeitet .", "U.S.A.", .abbreviation, only: .ud),
        // Inside a hyphenated compound, a capitalised part never folds to a lowercase entry.
        TokenCase("Er kommt aus der Ost-Schweiz. Dort ist es kalt.", "Er kommt aus der Ost-Schweiz . Dort ist es kalt .", "Ost-Schweiz", .word, only: .empirist),
    ]

    @Test("abbreviation tokens", arguments: cases)
    func tokens(_ row: TokenCase) throws {
        try check(row)
    }
}
