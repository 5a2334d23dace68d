import Foundation
import Lesart
import Testing
@testable import LesartEntities

/// The byte-level shortcuts of ``GazetteerFiles`` against the String operations they
/// stand for.
@Suite("Gazetteer files")
struct GazetteerFilesTests {
    @Test("FORMS fields split at | as the Character split does", arguments: [
        "Russland|Russische Föderation", "?Essen", "a||b", "|", "", "Köln|Cöln", "ä|ö", "a|\u{301}b", "\u{600}|x", "Łódź|Lodz",
    ])
    func formFields(field: String) {
        #expect(GazetteerFiles.formFields(field) == field.split(separator: "|", omittingEmptySubsequences: false).map(String.init))
    }

    @Test("every FORMS field of the bundled gazetteer splits as the Character split does")
    func bundledFormFields() throws {
        let folder = LexiconLocator.packageLexicons + "/gazetteer"
        var checked = 0
        for path in try GazetteerFiles.entityFiles(in: folder) {
            for line in try LexiconFile(path: path, minFields: 6, maxFields: 8).lines {
                let field = line.fields[4]
                #expect(GazetteerFiles.formFields(field) == field.split(separator: "|", omittingEmptySubsequences: false).map(String.init))
                checked += 1
            }
        }
        #expect(checked > 20_000)
    }

    @Test("empty or padded forms as trimming whitespace finds them", arguments: [
        "", " ", "\t", "a", " a", "a ", "a b", "\u{00A0}a", "a\u{2003}", "\u{200B}a", "\u{3000}", "é ", "\u{301}",
    ])
    func emptyOrPadded(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        #expect(GazetteerFiles.isEmptyOrPadded(text) == (trimmed.isEmpty || text != trimmed))
    }
}
