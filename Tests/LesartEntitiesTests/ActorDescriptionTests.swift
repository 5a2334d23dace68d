import Foundation
import Lesart
import Testing

/// Role descriptions, references and "not an actor", as minimal pairs over a small test
/// gazetteer (fictional sentences; the facts are the gazetteer's).
@Suite struct ActorDescriptionTests {
    static let nouns = """
        # test actor nouns
        Regierung\torgan\tORG\t-
        Armee\torgan\tORG\t-
        Truppen\torgan\tORG\t-
        Präsident\torgan\tPER\t-
        Revolutionsführer\torgan\tPER\t-
        Kremlchef\torgan\tPER\tRussland
        Land\tstate\tLOC\t-
        Landes\tstate\tLOC\t-
        Rebellen\tgeneric\tORG\t-
        Separatisten\tgeneric\tORG\t-
        Miliz\tgroup\tORG\t-
        Kämpfer\tgroup\tORG\t-
        Vertreter\tattributive\tPER\t-
        Führung\tattributive\tORG\t-
        König\torgan\tPER\t-
        Königs\torgan\tPER\t-
        Rat\tbody\tORG\t-
        """
    static let entities = TestGazetteer.entities + "\n" + """
        org:hamas\tORG\tHamas\tHamas\tHamas\tinflect
        org:milizfront\tORG\tMilizfront\tMilizfront\tMilizfront\tinflect
        org:sicherheitsrat\tORG\tUN-Sicherheitsrat\tVereinte Nationen\tUN-Sicherheitsrat\tinflect
        loc:geo:gaza\tLOC\tGazastreifen\tGazastreifen\tGazastreifen\tinflect
        per:carter\tPER\tJimmy Carter\tVereinigte Staaten\tJimmy Carter|?Carter\tinflect\thead-of-state\t1977-1981

        """

    static let tagger: (Tokenizer, SentenceSplitter, EntityTagger) = {
        do {
            let path = try TestGazetteer.folder(entities: entities, extraFiles: [
                "actor-nouns.txt": nouns,
                "armed-groups.txt": "# test groups\norg:hamas\norg:milizfront\n",
                "actor-places.txt": "# test seats\nloc:city:moskau\nloc:city:teheran\n",
            ])
            let profile = try LanguageProfile.german(lexicons: path)
            let tokenizer = Tokenizer(profile: profile)
            return (tokenizer, SentenceSplitter(profile: profile), EntityTagger(gazetteer: try Gazetteer(lexicons: path, tokenizer: tokenizer)))
        } catch {
            fatalError("cannot build the actor test gazetteer: \(error)")
        }
    }()

    static func tag(_ text: String) throws -> Document {
        var document = Document(text: text)
        try tagger.0.makeSession().tokenize(&document)
        tagger.1.split(&document)
        tagger.2.tag(&document)
        return document
    }

    /// "text/form→actor" of every description and reference, with the antecedent's text.
    static func described(_ text: String) throws -> [String] {
        let d = try tag(text)
        return d.entities.filter { !$0.form.isName }.map { e in
            let antecedent = e.antecedent == Entity.noEntry ? "" : " ⇐ " + d.text(of: d.entities[Int(e.antecedent)])
            return "\(d.text(of: e))/\(e.label.name)/\(e.form.description)→\(d.actor(of: e))\(antecedent)"
        }
    }

    @Test func stateAdjectiveMakesAnOrgan() throws {
        #expect(try Self.described("Die russische Regierung protestierte.") == ["Regierung/ORG/description→Russland ⇐ russische"])
        #expect(try Self.described("Die neue Regierung protestierte.") == [])
    }

    @Test func genitiveMakesAnOrgan() throws {
        #expect(try Self.described("Gestern warnte Irans Revolutionsführer die Welt.")
            == ["Revolutionsführer/PER/description→Iran ⇐ Irans"])
        #expect(try Self.described("Gestern warnte Iran Revolutionsführer anderer Staaten.") == [])
    }

    @Test func seatOfGovernmentMakesAnOrganButACountryDoesNot() throws {
        #expect(try Self.described("Das sagte die Regierung in Moskau.") == ["Regierung/ORG/description→Russland ⇐ Moskau"])
        #expect(try Self.described("Der Abzug der Truppen in Frankreich begann.") == [])
    }

    @Test func leaderAfterAnOrganMakesItsStatesOrgan() throws {
        #expect(try Self.described("Die Regierung von Präsident Wladimir Putin protestierte.")
            == ["Regierung/ORG/description→Russland ⇐ Wladimir Putin"])
        #expect(try Self.described("Die Armee unter Baschar al-Assad marschierte.")
            == ["Armee/ORG/description→Syrien ⇐ Baschar al-Assad"])
        // A person who acts for no state.
        #expect(try Self.described("Die Regierung von Otto Krause protestierte.") == [])
    }

    @Test func genitiveOwnerAfterAnOfficeMakesItsOrgan() throws {
        #expect(try Self.described("Der Vertreter der Hamas protestierte.") == ["Vertreter/PER/description→Hamas ⇐ Hamas"])
        #expect(try Self.described("Die Regierung der Ukraine protestierte.") == ["Regierung/ORG/description→Ukraine ⇐ Ukraine"])
        // An owner that is no actor: nothing.
        #expect(try Self.described("Der Vertreter der Linken protestierte.") == [])
    }

    @Test func attributiveOfficeNeedsAnOwner() throws {
        // Russia dominates the document, yet a bare attributive noun refers to nothing.
        #expect(try Self.described("Russland rüstet auf. Moskau droht. Die Führung ging an die Gäste.") == [])
        #expect(try Self.described("Die russische Führung schwieg.") == ["Führung/ORG/description→Russland ⇐ russische"])
        // Before an unknown name it is that name's office ("den russischen Vertreter Spartak").
        #expect(try Self.described("Der Sieg über den russischen Vertreter Spartak Kasan freute alle.")
            .allSatisfy { !$0.hasPrefix("Vertreter") })
    }

    @Test func bareOfficeBeforeAnUnknownNameIsThatPersons() throws {
        #expect(try Self.described("Russland rüstet auf. Moskau droht. Der König herrschte.")
            == ["König/PER/reference→Russland ⇐ Moskau"])
        #expect(try Self.described("Russland rüstet auf. Moskau droht. Zur Zeit des Königs Servio Tullio war das anders.") == [])
    }

    @Test func bodyHeadNounRefersToTheBodyNamedWithIt() throws {
        #expect(try Self.described("Der UN-Sicherheitsrat tagte. Israel kritisierte den Rat.")
            == ["Rat/ORG/reference→Vereinte Nationen ⇐ UN-Sicherheitsrat"])
        #expect(try Self.described("Die EU tagte. Israel kritisierte den Rat.") == [])
        #expect(try Self.described("Der UN-Sicherheitsrat tagte. Israel kritisierte den Rat der Stadt.") == [])
    }

    @Test func countedGroupNounIsNoReference() throws {
        #expect(try Self.described("Die Hamas griff an. Die Kämpfer zogen ab.") == ["Kämpfer/ORG/reference→Hamas ⇐ Hamas"])
        #expect(try Self.described("Die Hamas griff an. Dort zogen zwölf Rebellen ab.") == ["Rebellen/ORG/description→Rebellen"])
        #expect(try Self.described("Die Hamas griff an. Mindestens 25 Rebellen zogen ab.") == ["Rebellen/ORG/description→Rebellen"])
        #expect(try Self.described("Die Hamas griff an. Dort zogen zwei Kämpfer ab.") == [])
        // Counted members are no antecedent: the group named before stays the referent.
        #expect(try Self.described("Die Hamas griff an. Dort starben zwölf Rebellen. Die Miliz zog ab.")
            == ["Rebellen/ORG/description→Rebellen", "Miliz/ORG/reference→Hamas ⇐ Hamas"])
    }

    @Test func compoundWithItsStateNamesIt() throws {
        #expect(try Self.described("Der Kremlchef schwieg.") == ["Kremlchef/PER/description→Russland"])
    }

    @Test func nameAfterTheRoleIsTheMention() throws {
        let d = try Self.tag("Der russische Präsident Wladimir Putin sprach.")
        #expect(d.entities.map { d.text(of: $0) } == ["russische", "Wladimir Putin"])
    }

    @Test func landRefersToTheOnlyStateNamedBefore() throws {
        #expect(try Self.described("Russland testete eine Rakete. Das Land drohte.") == ["Land/LOC/reference→Russland ⇐ Russland"])
        #expect(try Self.described("Russland und Frankreich stritten. Das Land drohte.") == [])
        #expect(try Self.described("Das Land drohte.") == [])
    }

    @Test func landNeedsADefiniteArticle() throws {
        #expect(try Self.described("Russland testete eine Rakete. Ein Land drohte.") == [])
        #expect(try Self.described("Russland testete eine Rakete. Der Gipfel des international isolierten Landes tagte.")
            == ["Landes/LOC/reference→Russland ⇐ Russland"])
    }

    @Test func bareOrganRefersToTheDocumentsState() throws {
        #expect(try Self.described("Iran testete eine Rakete. Teheran feierte. Die Armee marschierte.")
            == ["Armee/ORG/reference→Iran ⇐ Teheran"])
        // Two states as often: no state of the document.
        #expect(try Self.described("Iran und Russland testeten Raketen. Die Armee marschierte.") == [])
    }

    @Test func groupNounRefersToTheLastArmedGroup() throws {
        #expect(try Self.described("Die Hamas griff an. Die Miliz zog sich zurück.") == ["Miliz/ORG/reference→Hamas ⇐ Hamas"])
        #expect(try Self.described("Die Miliz zog sich zurück.") == [])
        // A state is no group.
        #expect(try Self.described("Russland griff an. Die Miliz zog sich zurück.") == [])
    }

    @Test func genericGroupIsAnActorOfItsOwn() throws {
        #expect(try Self.described("Im Osten kämpfen prorussische Separatisten.")
            == ["prorussische Separatisten/ORG/description→prorussische Separatisten"])
        #expect(try Self.described("Im Osten kämpfen prorussische Separatisten. Die Rebellen siegten.")
            == ["prorussische Separatisten/ORG/description→prorussische Separatisten",
                "Rebellen/ORG/reference→prorussische Separatisten ⇐ prorussische Separatisten"])
        // A demonym before a group noun makes a group, not the state.
        #expect(try Self.described("Dort kämpfen russische Rebellen.") == ["russische Rebellen/ORG/description→russische Rebellen"])
    }

    @Test func placesThatAreNotActors() throws {
        let d = try Self.tag("Russland, Moskau, Osnabrück, der Nahe Osten, der Gazastreifen, die Hamas und die Linke.")
        let marks = d.entities.map { "\(d.text(of: $0))=\(d.isActor($0))" }
        #expect(marks == ["Russland=true", "Moskau=true", "Osnabrück=false", "Nahe Osten=false", "Gazastreifen=false",
                          "Hamas=true", "Linke=false"])
    }

    @Test func surnameAfterFullMentionOfARosterPerson() throws {
        let before = try Self.tag("Carter kam.")
        #expect(before.entities.isEmpty)
        let after = try Self.tag("Jimmy Carter reiste ab. Carter kam zurück.")
        #expect(after.entities.map { "\(after.text(of: $0))→\(after.actor(of: $0))" }
            == ["Jimmy Carter→Vereinigte Staaten", "Carter→Vereinigte Staaten"])
    }

    @Test func rosterOfficeIsRead() throws {
        let gazetteer = Self.tagger.2.gazetteer
        let carter = try #require(gazetteer.entries.first { $0.id == "per:carter" })
        #expect(carter.office == Office(role: "head-of-state", years: 1977...1981))
        #expect(carter.office?.holds(in: 1980) == true)
        #expect(carter.office?.holds(in: 1990) == false)
    }
}
