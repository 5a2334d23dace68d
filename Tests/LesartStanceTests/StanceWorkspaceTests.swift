import Lesart
import Testing
import TestSupport
@testable import LesartStance

/// A pipeline worker keeps the scan's arrays from document to document (``StanceWorkspace``):
/// what a document yields must not depend on the documents read before it.
@Suite("Stance workspace")
struct StanceWorkspaceTests {
    static let texts = [
        "Der Iran unterstützt Russland. Das Wetter war schlecht. Es liefert auch Drohnen. Die Gegner des EU-Beitritts "
            + "kritisieren die US-Sanktionen gegen Russland, und Polen lobte die Ukraine, die Frankreich unterstützt.",
        "Israel droht dem Iran.",
        "Ein Treffen in Berlin.",
        "Die Türkei hat gewählt. Sie kritisiert Schweden. Frankreich stärkt die Beziehungen zu Indien.",
        "",
        "Die vom Iran unterstützten Huthi-Rebellen greifen Israel an. Russland bedroht Litauen nicht mehr.",
    ]

    @Test("a reused workspace yields what a fresh one does, in any order of documents")
    func reuse() throws {
        let detector = StancePipeline.detector
        let documents = try (Self.texts + Self.texts.reversed()).map { text -> Document in
            var document = try StancePipeline.analyse(text)
            document.stances = []
            return document
        }
        var workspace = StanceWorkspace()
        var found = 0
        for document in documents {
            var fresh = document
            detector.detect(&fresh)
            var reused = document
            detector.detect(&reused, workspace: &workspace)
            #expect(reused.stances == fresh.stances, "\(document.text)")
            found += fresh.stances.count
        }
        #expect(found > 0)
    }
}
