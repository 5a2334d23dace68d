import Foundation
import FuzzSupport
import Lesart

/// A private copy of the project's lexicons in a temporary folder, whose files a fuzz input
/// replaces one at a time. The longest lists are cut to ``maximumLines`` lines so that
/// loading the gazetteer is quick.
final class LexiconFolder: @unchecked Sendable {
    /// The lexicon files a fuzz input can replace, relative to the root: every `*.txt` and
    /// `*.tsv` in the language, common, gazetteer and stance folders, sorted (as
    /// `Fuzz/make_seeds.py` lists them).
    static let files: [String] = {
        let source = SharedPipeline.make { try LexiconLocator.locate(language: "de") }
        var found: [String] = []
        for folder in ["common", "de", "gazetteer", "stance"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: source + "/" + folder)) ?? []
            found += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }.map { folder + "/" + $0 }
        }
        return found.sorted()
    }()
    static let maximumLines = 300
    /// The long lists cut to ``maximumLines`` (nothing else refers to their entries); if the
    /// cut copy does not load, the whole lists are used.
    static let cutFiles: Set<String> = ["gazetteer/cities.tsv", "gazetteer/first-names.txt", "common/tlds.txt"]

    static let shared = LexiconFolder()

    let root: String
    /// The original (cut) contents of every file.
    private let originals: [String: [UInt8]]
    /// The language profile of the unmodified copy (the gazetteer's tokenizer).
    let profile: LanguageProfile

    private init() {
        let source = SharedPipeline.make { try LexiconLocator.locate(language: "de") }
        let root = NSTemporaryDirectory() + "lesart-fuzz-lexicons-\(getpid())"
        self.root = root
        let manager = FileManager.default
        var originals: [String: [UInt8]] = [:]
        for file in Self.files {
            let target = root + "/" + file
            SharedPipeline.make {
                try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
            }
            let contents = SharedPipeline.make { try Data(contentsOf: URL(fileURLWithPath: source + "/" + file)) }
            let cut = Self.cutFiles.contains(file) ? Self.cut(contents) : contents
            originals[file] = Array(cut)
            _ = manager.createFile(atPath: target, contents: cut)
        }
        let profile = SharedPipeline.make { try LanguageProfile(language: "de", lexicons: root) }
        self.profile = profile
        if (try? Gazetteer(lexicons: root, tokenizer: Tokenizer(profile: profile))) == nil {
            for file in Self.cutFiles {
                let whole = SharedPipeline.make { try Data(contentsOf: URL(fileURLWithPath: source + "/" + file)) }
                originals[file] = Array(whole)
                _ = manager.createFile(atPath: root + "/" + file, contents: whole)
            }
        }
        self.originals = originals
        _ = SharedPipeline.make { try StanceLexicon(lexicons: root) }  // the unmodified copy loads
        atexit { try? FileManager.default.removeItem(atPath: LexiconFolder.shared.root) }
    }

    /// The first ``maximumLines`` lines of a file.
    private static func cut(_ contents: Data) -> Data {
        var lines = 0
        guard let end = contents.firstIndex(where: { byte in
            if byte == 0x0A { lines += 1 }
            return lines == maximumLines
        }) else { return contents }
        return contents[..<(end + 1)]
    }

    func replace(_ file: String, with contents: [UInt8]) {
        _ = FileManager.default.createFile(atPath: root + "/" + file, contents: Data(contents))
    }

    func restore(_ file: String) {
        _ = FileManager.default.createFile(atPath: root + "/" + file, contents: originals[file].map { Data($0) })
    }
}
