import Testing
import LesartCore
import LesartTokenization
import TestSupport

/// Sentences glued together without final punctuation (headlines and intertitles run into
/// a news text, reviews and posts without full stops), as minimal pairs: in each pair one
/// text starts a new sentence at a capitalised sentence opener after a word, and the other
/// differs in the one thing that makes the capital belong inside the sentence (polite
/// address, a noun, a title after a preposition, conjunction or genre noun, a verb after a
/// comma, a truncated compound). Every text runs under both conventions.
@Suite("Glued sentences")
struct GluedSentenceTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        let splits: (text: String, sentences: [String])
        let staysWhole: String
        init(_ text: String, _ sentences: [String], whole: String) {
            splits = (text, sentences)
            staysWhole = whole
        }
        var testDescription: String { String(reflecting: splits.text) }
    }

    static let pairs: [Pair] = [
        // An intertitle between two paragraphs of a news text, the line breaks lost.
        Pair("Die Gespräche gingen weiter. Neue Runde in Nordhafen Die Delegation reiste am Montag an.",
             ["Die Gespräche gingen weiter.", "Neue Runde in Nordhafen", "Die Delegation reiste am Montag an."],
             whole: "Die Delegation reiste am Montag zur neuen Runde nach Nordhafen an."),
        // A one-word headline.
        Pair("Wahlen Die Bürger von Ostland wählen am Sonntag.", ["Wahlen", "Die Bürger von Ostland wählen am Sonntag."],
             whole: "Wahlen in Ostland: Die Bürger wählen am Sonntag."),
        // A review without full stops; polite address stays inside the sentence.
        Pair("Das Essen war super Wir kommen gerne wieder", ["Das Essen war super", "Wir kommen gerne wieder"],
             whole: "Das Essen war super, kommen Sie gerne wieder"),
        Pair("Tolle Beratung Ich kann den Laden empfehlen!", ["Tolle Beratung", "Ich kann den Laden empfehlen!"],
             whole: "Tolle Beratung, ich kann Ihnen den Laden empfehlen!"),
        // Nouns spelled like sentence openers: after a noun a real opener starts a sentence.
        Pair("Wir kamen spät am Abend Dann regnete es.", ["Wir kamen spät am Abend", "Dann regnete es."],
             whole: "Wir kamen spät am Morgen an und es regnete."),
        Pair("Der Plan scheiterte Niemand stimmte zu.", ["Der Plan scheiterte", "Niemand stimmte zu."],
             whole: "Der Plan bekam ein klares Nein von allen Fraktionen."),
        Pair("Sie gingen lange im Wald Dort war es still.", ["Sie gingen lange im Wald", "Dort war es still."],
             whole: "Sie gingen auf neuen Wegen durch den Wald."),
        Pair("Er suchte lange nach sich Ich bin hier, sagte er.", ["Er suchte lange nach sich", "Ich bin hier, sagte er."],
             whole: "Er suchte lange und fand sein eigenes Ich nicht."),
        Pair("Sie kannte nur sich selbst Ich war ihr fremd.", ["Sie kannte nur sich selbst", "Ich war ihr fremd."],
             whole: "Sie kannte nur das eigene Ich und sonst nichts."),
        // Titles after a preposition, a conjunction or a genre noun (compounds included).
        Pair("Sie spielte zwei Jahre Theater Die Kritik lobte sie.", ["Sie spielte zwei Jahre Theater", "Die Kritik lobte sie."],
             whole: "Sie spielte zwei Jahre in Der Sturm die Hauptrolle."),
        Pair("Sie lobte den Filmpreis Die Jury schwieg.", ["Sie lobte den Filmpreis", "Die Jury schwieg."],
             whole: "Sie lobte den Film Die Stille und seine Musik."),
        Pair("Er las lange in der Bibliothek Wir müssen reden.", ["Er las lange in der Bibliothek", "Wir müssen reden."],
             whole: "Er las in der Tageszeitung Die Woche einen Bericht."),
        Pair("Er nannte Nordland und Südland Die beiden Staaten verhandeln.",
             ["Er nannte Nordland und Südland", "Die beiden Staaten verhandeln."],
             whole: "Er kannte den Roman Die Brücke und Die Stadt am Fluss."),
        // A quoted or bracketed headline run into the text; a bare marker opens its sentence.
        Pair("Neue Schau „Licht und Wasser“ Die Galerie öffnet am Montag.",
             ["Neue Schau „Licht und Wasser“", "Die Galerie öffnet am Montag."],
             whole: "[Foto] Die Galerie öffnet am Montag."),
        // A verb right after a comma before a title (the source of a report).
        Pair("Die Lage ist ernst Der Kurier berichtet heute darüber.", ["Die Lage ist ernst", "Der Kurier berichtet heute darüber."],
             whole: "Die Lage ist ernst, schreibt Der Kurier heute."),
        // A truncated compound (UD writes its hyphen as a token of its own).
        Pair("Wir prüften alles genau Vor allem die Kosten sprachen dagegen.",
             ["Wir prüften alles genau", "Vor allem die Kosten sprachen dagegen."],
             whole: "Wir wogen Vor- und Nachteile ab."),
    ]

    @Test("glued sentence start, minimal pairs", arguments: pairs)
    func gluedPair(_ pair: Pair) throws {
        for convention in Convention.allCases {
            #expect(try sentences(of: pair.splits.text, convention) == pair.splits.sentences, "[\(convention.rawValue)]")
            #expect(try sentences(of: pair.staysWhole, convention) == [pair.staysWhole], "[\(convention.rawValue)]")
        }
    }

    @Test("a profile whose rules leave out glued sentences does not split there")
    func ruleSwitchedOff() throws {
        var rules = LanguageRules.german
        rules.gluedSentences = false
        let profile = try LanguageProfile(language: "de", lexicons: Fixtures.packageRoot.appendingPathComponent("Lexicons").path,
                                          rules: rules)
        var document = Document(text: "Das Essen war super Wir kommen gerne wieder")
        try Tokenizer(profile: profile).tokenize(&document)
        SentenceSplitter(profile: profile).split(&document)
        #expect(document.sentences.count == 1)
    }

    private func sentences(of text: String, _ convention: Convention) throws -> [String] {
        var document = try tokenize(text, convention: convention)
        SentenceSplitter(profile: Fixtures.german, convention: convention).split(&document)
        return document.sentences.map { document.text(of: $0) }
    }
}
