import Foundation
import FuzzSupport
import Lesart

/// The per-file decoders of the project's lexicons (``ProfileFileDecoder``,
/// ``GazetteerFileDecoder``, ``StanceFileDecoder``), made once from the real Lexicons
/// folder, and the lexicon files a fuzz input can stand for.
final class LexiconDecoders: Sendable {
    /// The lexicon files an option byte picks from, relative to the Lexicons folder: every
    /// `*.txt` and `*.tsv` in the common, language, gazetteer and stance folders, sorted
    /// (as `Fuzz/make_seeds.py` lists them).
    let files: [String]
    let profile: ProfileFileDecoder
    let gazetteer: GazetteerFileDecoder
    let stance: StanceFileDecoder

    static let shared = LexiconDecoders()

    private init() {
        let root = SharedPipeline.make { try LexiconLocator.locate(language: "de") }
        var found: [String] = []
        for folder in ["common", "de", "gazetteer", "stance"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
            found += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }.map { folder + "/" + $0 }
        }
        files = found.sorted()
        profile = SharedPipeline.make { try ProfileFileDecoder(lexicons: root, language: "de") }
        gazetteer = SharedPipeline.make { try GazetteerFileDecoder(lexicons: root) }
        stance = SharedPipeline.make { try StanceFileDecoder(lexicons: root) }
    }

    /// The folder's path as the decoder names it in errors, and the decoded file.
    func decode(_ file: String, contents: [UInt8]) -> (path: String, result: Result<DecodedLexiconFile, LexiconError>) {
        let parts = file.split(separator: "/", maxSplits: 1).map(String.init)
        let (folder, name) = (parts[0], parts[1])
        switch folder {
        case "gazetteer":
            return (gazetteer.folder + "/" + name, Result { () throws(LexiconError) in try gazetteer.decode(name, contents: contents) })
        case "stance":
            return (stance.folder + "/" + name, Result { () throws(LexiconError) in try stance.decode(name, contents: contents) })
        default:
            let base = folder == "common" ? profile.commonFolder : profile.languageFolder
            return (base + "/" + name, Result { () throws(LexiconError) in try profile.decode(name, contents: contents) })
        }
    }
}
