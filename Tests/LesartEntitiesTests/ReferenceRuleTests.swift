import Foundation
import Lesart
import Testing

/// Pronoun references, state references among several states, and the recency check of
/// bare organs, as minimal pairs over fictional states (Arnor, Gondor, Rhun) in a small
/// test gazetteer.
@Suite struct ReferenceRuleTests {
    static let entities = TestGazetteer.entities + "\n" + """
        loc:country:AR\tLOC\tArnor\t-\tArnor\tinflect
        loc:country:GO\tLOC\tGondor\t-\tGondor\tinflect
        loc:country:RH\tLOC\tRhun\t-\tRhun\tinflect
        loc:city:minas-tirith\tLOC\tMinas Tirith\tGondor\tMinas Tirith\tinflect
        per:elessar\tPER\tAragorn Elessar\tGondor\tAragorn Elessar|Elessar\tinflect
        per:arvedui\tPER\tArvedui Arthedain\tArnor\tArvedui Arthedain\tinflect
        per:morwen\tPER\tMorwen Eledhwen\tGondor\tMorwen Eledhwen|Eledhwen\tinflect
        org:ostlinge\tORG\tOstlinge\tOstlinge\tOstlinge\tinflect
        org:rat\tORG\tWeißer Rat\tWeißer Rat\tWeißer Rat\tinflect

        """
    static let nouns = """
        # test actor nouns
        Regierung\torgan\tORG\t-
        Regime\tgovernment\tORG\t-
        Vertreter\tattributive\tPER\t-
        Landes\tstate\tLOC\t-
        Rebellen\tgeneric\tORG\t-
        """

    static let tagger: (Tokenizer, SentenceSplitter, EntityTagger) = {
        do {
            let path = try TestGazetteer.folder(entities: entities, extraFiles: [
                "actor-nouns.txt": nouns,
                "armed-groups.txt": "# test groups\norg:ostlinge\n",
                "actor-places.txt": "# test seats\nloc:city:minas-tirith\n",
                "plural-actors.txt": "# test plural names\norg:ostlinge\n",
            ])
            let profile = try LanguageProfile.german(lexicons: path)
            let tokenizer = Tokenizer(profile: profile)
            return (tokenizer, SentenceSplitter(profile: profile), EntityTagger(gazetteer: try Gazetteer(lexicons: path, tokenizer: tokenizer)))
        } catch {
            fatalError("cannot build the reference test gazetteer: \(error)")
        }
    }()

    /// "text/form→actor ⇐ antecedent" of every reference and description.
    static func references(_ text: String) throws -> [String] {
        var d = Document(text: text)
        try tagger.0.makeSession().tokenize(&d)
        tagger.1.split(&d)
        tagger.2.tag(&d)
        return d.entities.filter { !$0.form.isName }.map { e in
            let antecedent = e.antecedent == Entity.noEntry ? "" : " ⇐ " + d.text(of: d.entities[Int(e.antecedent)])
            return "\(d.text(of: e))/\(e.label.name)/\(e.form.description)→\(d.actor(of: e))\(antecedent)"
        }
    }

    @Test func masculinePronounRefersToTheOnePersonOfTheWindow() throws {
        #expect(try Self.references("Aragorn Elessar besuchte Arnor. Dort sagte er, der Krieg sei vorbei.")
            == ["er/PER/reference→Gondor ⇐ Aragorn Elessar"])
        #expect(try Self.references("Man lobte Aragorn Elessar, weil ihm der Friede gelang.")
            == ["ihm/PER/reference→Gondor ⇐ Aragorn Elessar"])
        // Two persons: unresolved.
        #expect(try Self.references("Aragorn Elessar traf Arvedui Arthedain. Er sagte, der Krieg sei vorbei.") == [])
        // Too far back: the window is the sentence before and the pronoun's own.
        #expect(try Self.references("Aragorn Elessar besuchte Arnor. Es regnete. Dort sagte er, es sei kalt.") == [])
    }

    @Test func indefinitePronounTakesTheReference() throws {
        #expect(try Self.references("Aragorn Elessar sagte, wenn jemand einreise, müsse er zahlen.") == [])
        #expect(try Self.references("Aragorn Elessar sagte, wenn er einreise, müsse man zahlen.")
            == ["er/PER/reference→Gondor ⇐ Aragorn Elessar"])
    }

    @Test func pluralSieRefersToThePluralSubject() throws {
        #expect(try Self.references("Die Ostlinge sind in Rhun aktiv. Sie wurden vor Jahren gegründet.")
            == ["Sie/ORG/reference→Ostlinge ⇐ Ostlinge"])
        #expect(try Self.references("In Rhun kämpfen die Ostlinge. Später nahmen sie Arnor ein.")
            == ["sie/ORG/reference→Ostlinge ⇐ Ostlinge"])
        // A singular verb: "sie" is a woman or a feminine noun.
        #expect(try Self.references("Die Ostlinge sind in Rhun aktiv. Sie wurde vor Jahren gegründet.") == [])
        // The polite "Sie" inside a sentence.
        #expect(try Self.references("Die Ostlinge sind in Rhun aktiv. Wohin wollen Sie reisen?") == [])
        // Named as an object, not as a subject.
        #expect(try Self.references("Gondor verhandelt mit den Ostlingen. Sie wurden vor Jahren gegründet.") == [])
        // A state with a singular name is no antecedent of plural "sie".
        #expect(try Self.references("Gondor ist in Rhun aktiv. Sie wurden vor Jahren gegründet.") == [])
    }

    @Test func stateNounPicksTheOneStateNamedAsASubject() throws {
        #expect(try Self.references("Als Antwort auf Manöver der USA mit Arnor verschärft Gondor seine Drohungen. "
                                    + "Das Militär des isolierten Landes drohte mit Schlägen.")
            == ["Landes/LOC/reference→Gondor ⇐ Gondor"])
        // Two states that may both be subjects: unresolved.
        #expect(try Self.references("Arnor kritisierte Gondor scharf. Das Militär des isolierten Landes drohte mit Schlägen.")
            == [])
    }

    @Test func datelineIsNoSubject() throws {
        #expect(try Self.references("Minas Tirith – Als Antwort auf Manöver mit Rhun rüstet Arnor auf. "
                                    + "Das Militär des isolierten Landes drohte mit Schlägen.")
            == ["Landes/LOC/reference→Arnor ⇐ Arnor"])
        #expect(try Self.references("In Minas Tirith rüstet man auf, in Arnor auch. Das Militär des isolierten Landes drohte.")
            == [])
    }

    @Test func stateNounAgreesWithTheDocumentsState() throws {
        // Gondor dominates the document; the nearest sentence names Arnor only.
        #expect(try Self.references("Gondor rüstet auf. Gondor droht. Die Grenze zu Arnor ist offen. "
                                    + "Im Westen des Landes marschieren Truppen.") == [])
        #expect(try Self.references("Gondor rüstet auf. Gondor droht. Die Grenze ist offen. "
                                    + "Im Westen des Landes marschieren Truppen.")
            == ["Landes/LOC/reference→Gondor ⇐ Gondor"])
    }

    @Test func bareOrganLooksPastAPlaceWhereSomethingHappens() throws {
        #expect(try Self.references("Gondor rüstet auf. Gondor droht. Ein Treffen fand in Arnor statt. Die Regierung erklärte ihre Ziele.")
            == ["Regierung/ORG/reference→Gondor ⇐ Gondor"])
        #expect(try Self.references("Gondor rüstet auf. Gondor droht. Arnor protestiert. Die Regierung erklärte ihre Ziele.")
            == [])
    }

    @Test func governmentNounRefersToTheOneStateOfTheSentenceBefore() throws {
        // Gondor and Rhun are named as often: no state of the document. The sentence before
        // names Rhun alone.
        #expect(try Self.references("Gondor warnte Rhun. Gondor drohte. Rhun testete eine Rakete. Alle kritisierten das Regime.")
            == ["Regime/ORG/reference→Rhun ⇐ Rhun"])
        // An organ that is not the whole government stays unresolved there.
        #expect(try Self.references("Gondor warnte Rhun. Gondor drohte. Rhun testete eine Rakete. Alle kritisierten die Regierung.")
            == [])
        // Two states in the sentence before.
        #expect(try Self.references("Gondor warnte Rhun. Rhun drohte Gondor. Alle kritisierten das Regime.") == [])
    }

    @Test func governmentNounIsNotTheStateOfItsOwnSentenceNorOfAPlace() throws {
        // The state named in the noun's own sentence is not its antecedent.
        #expect(try Self.references("Gondor warnte Rhun. Rhun drohte. Gondor übt Druck auf das Regime aus.") == [])
        // A state named only in a prepositional phrase does not act.
        #expect(try Self.references("Gondor warnte Rhun. Gondor drohte. Flüchtlinge kamen aus Rhun. Alle kritisierten das Regime.")
            == [])
        // Its leader or seat named after it: no earlier state.
        #expect(try Self.references("Gondor warnte Rhun. Gondor drohte. Rhun testete eine Rakete. Alle kritisierten das Regime von Boris Krause.")
            == [])
    }

    @Test func pronounTakesTheHeadOfAnApposition() throws {
        #expect(try Self.references("Der Vertreter Gondors, der erfahrene Diplomat Boris Krause, sprach. Danach schwieg er.")
            == ["Vertreter/PER/description→Gondor ⇐ Gondors", "er/PER/reference→Gondor ⇐ Vertreter"])
        // No apposition (no comma after the name): two persons, unresolved.
        #expect(try Self.references("Der Vertreter Gondors traf den Diplomaten Boris Krause in Rhun. Danach schwieg er.")
            == ["Vertreter/PER/description→Gondor ⇐ Gondors"])
    }

    @Test func subjectPronounIsNoCoArgumentOfItsClause() throws {
        #expect(try Self.references("Es wurde laut. Aragorn Elessar warf er Verrat vor.") == [])
        #expect(try Self.references("Es wurde laut. Aragorn Elessar sagte, er sei müde.")
            == ["er/PER/reference→Gondor ⇐ Aragorn Elessar"])
    }

    @Test func singularSieRefersToTheOneWomanOfTheWindow() throws {
        #expect(try Self.references("Frau Morwen Eledhwen reiste ab. Sie sagte, der Krieg sei vorbei.")
            == ["Sie/PER/reference→Gondor ⇐ Morwen Eledhwen"])
        #expect(try Self.references("Frau Morwen Eledhwen reiste ab. Der Krieg sei vorbei, sagte sie.")
            == ["sie/PER/reference→Gondor ⇐ Morwen Eledhwen"])
        // Nothing in the text says she is a woman.
        #expect(try Self.references("Morwen Eledhwen reiste ab. Sie sagte, der Krieg sei vorbei.") == [])
        // A name between: a feminine state could be meant.
        #expect(try Self.references("Frau Morwen Eledhwen lobte Arnor. Sie sagte, der Krieg sei vorbei.") == [])
        // After a verb that is no reporting verb, "sie" may be the object.
        #expect(try Self.references("Frau Morwen Eledhwen reiste ab. Man würde sie gern wiedersehen.") == [])
    }

    @Test func masculinePronounNeverRefersToAWoman() throws {
        #expect(try Self.references("Frau Morwen Eledhwen reiste ab. Dort sagte er, der Krieg sei vorbei.") == [])
        #expect(try Self.references("Frau Morwen Eledhwen reiste ab. Später kam Eledhwen zurück. Dort sagte er, es sei kalt.")
            == [])
    }
}
