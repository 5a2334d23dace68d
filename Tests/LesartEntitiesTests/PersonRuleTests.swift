import Foundation
import Lesart
import Testing

/// Persons by rule: first names that are also words, hyphenated first names, a surname
/// that is also a noun, a role word before first name and surname (minimal pairs over a
/// small test gazetteer).
@Suite struct PersonRuleTests {
    static let tagger: (Tokenizer, SentenceSplitter, EntityTagger) = {
        do {
            let path = try TestGazetteer.folder(firstNames: "Hans\nPeter\nKarl\nHeinz\nReiner\nMax\nJudith\nAli\n",
                                                roleWords: "Präsident\nTrainer\n")
            let profile = try LanguageProfile.german(lexicons: path)
            let tokenizer = Tokenizer(profile: profile)
            return (tokenizer, SentenceSplitter(profile: profile), EntityTagger(gazetteer: try Gazetteer(lexicons: path, tokenizer: tokenizer)))
        } catch {
            fatalError("cannot build the person test gazetteer: \(error)")
        }
    }()

    static func persons(_ text: String) throws -> [String] {
        var document = Document(text: text)
        try tagger.0.makeSession().tokenize(&document)
        tagger.1.split(&document)
        tagger.2.tag(&document)
        return document.entities.filter { $0.label == .person }.map { document.text(of: $0) }
    }

    @Test func hyphenatedFirstNames() throws {
        #expect(try Self.persons("Gestern kam Hans-Peter Vogel an.") == ["Hans-Peter Vogel"])
        #expect(try Self.persons("Gestern kam Karl-Heinz Rummenigge an.") == ["Karl-Heinz Rummenigge"])
        // Only when every part is a first name.
        #expect(try Self.persons("Gestern kam Karl-Werk Vogel an.") == [])
    }

    @Test func firstNameThatIsAlsoAWordBeforeANounSurname() throws {
        #expect(try Self.persons("Gestern kam Reiner Koch an.") == ["Reiner Koch"])
        #expect(try Self.persons("Gestern kam reiner Zufall dazu.") == [])
    }

    @Test func roleWordBeforeFirstNameAndSurname() throws {
        #expect(try Self.persons("Gestern kam Trainer Max Herbst an.") == ["Max Herbst"])
        #expect(try Self.persons("Gestern kam der Trainer an.") == [])
    }

    @Test func firstNameAlone() throws {
        #expect(try Self.persons("Gestern kam Judith zurück.") == ["Judith"])
        #expect(try Self.persons("Judith kam gestern zurück.") == ["Judith"])
        // Next to another capitalised word it is part of some other name.
        #expect(try Self.persons("Im Hotel Judith gab es Streit.") == [])
        #expect(try Self.persons("Gestern kam JUDITH zurück.") == [])
    }

    @Test func firstNameWithARegnalNumber() throws {
        #expect(try Self.persons("Damals herrschte Karl IV. über Böhmen.") == ["Karl IV."])
        #expect(try Self.persons("Damals herrschte Karl am 4. Tag.") == ["Karl"])
    }

    @Test func speakerAfterAReportingVerb() throws {
        #expect(try Self.persons("„Das stimmt nicht“, sagte Pfister.") == ["Pfister"])
        #expect(try Self.persons("„Das stimmt nicht“, sagte Pfister, der Leiter.") == ["Pfister"])
        #expect(try Self.persons("„Das stimmt nicht“, sagte Pfister am Montag.") == [])
        #expect(try Self.persons("„Das stimmt nicht“, sagte Russland.") == [])
    }

    @Test func repeatedSurnameWinsOverAFirstNameAlone() throws {
        var document = Document(text: "Gestern kam Hans Ali an. Ali sprach lange.")
        try Self.tagger.0.makeSession().tokenize(&document)
        Self.tagger.1.split(&document)
        Self.tagger.2.tag(&document)
        let persons = document.entities.filter { $0.label == .person }
        #expect(persons.map { document.text(of: $0) } == ["Hans Ali", "Ali"])
        #expect(persons.last?.antecedent == 0)
    }
}
