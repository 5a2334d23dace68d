import Lesart
import Testing
@testable import LesartEntities
import LesartWords

/// `Gazetteer.isPlainWords` lets compilation split a form at its spaces instead of running
/// the tokenizer; this proves the two agree on every such form of the bundled gazetteer.
@Suite("Gazetteer: plain-word forms")
struct PlainWordFastPathTests {
    @Test("letters and single spaces split at the spaces exactly as the tokenizer splits them")
    func fastPathEqualsTokenizer() throws {
        let session = try Tokenizer(profile: LanguageProfile.german()).makeSession()
        let folder = LexiconLocator.packageLexicons + "/gazetteer"
        var checked = 0
        for file in ["countries", "regions", "cities", "places-hand", "organisations", "persons"] {
            for entry in try GazetteerFiles.entries(in: "\(folder)/\(file).tsv") {
                for form in entry.forms {
                    for text in entry.inflects ? GermanMorphology.nameForms(form.text) : [form.text] {
                        let utf8 = Array(text.utf8)
                        guard Gazetteer.isPlainWords(utf8) else { continue }
                        var document = Document(text: text)
                        session.tokenize(&document)
                        let tokens = document.tokens.map { document.text(of: $0) }
                        #expect(tokens == text.split(separator: " ").map(String.init), "\(file): \(text)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 50_000)
    }

    @Test("what is not plain", arguments: ["Baden-Württemberg", "St. Gallen", "Côte d’Ivoire", "Hod haScharon", "McDonald", "a  b", " a", "a ", "", "×"])
    func notPlain(text: String) {
        #expect(!Gazetteer.isPlainWords(Array(text.utf8)))
    }
}
