import Foundation

/// Finds the Lexicons folder: an explicit path, `$LESART_LEXICONS`, next to the executable
/// (`bin/../share/lesart/Lexicons` or any parent folder holding `Lexicons/`), or the
/// package checkout this module was built from. Every lexicon (tokenizer profiles,
/// gazetteer, stance, events) is found here; no stage has a locator of its own.
public enum LexiconLocator {
    /// The Lexicons folder of the source checkout (works for `swift run`, tests and
    /// packages that depend on Lesart, whose checkout keeps the folder).
    public static let packageLexicons: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Lexicons").path
    }()

    /// Candidate folders in the order they are tried.
    public static func candidates(explicit: String? = nil) -> [String] {
        var list: [String] = []
        if let explicit { list.append(explicit) }
        if let env = ProcessInfo.processInfo.environment["LESART_LEXICONS"], !env.isEmpty { list.append(env) }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        list.append(dir.appendingPathComponent("../share/lesart/Lexicons").standardized.path)
        for _ in 0..<6 {
            list.append(dir.appendingPathComponent("Lexicons").path)
            dir.deleteLastPathComponent()
        }
        list.append(packageLexicons)
        return list
    }

    /// The first candidate that holds the lexicon folder `language` (a language code such
    /// as `de`, or `gazetteer`, `stance`, `events`).
    public static func locate(language: String, explicit: String? = nil) throws(LexiconLoadError) -> String {
        let searched = explicit.map { [$0] } ?? candidates()
        for folder in searched {
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(language)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return folder
            }
        }
        throw .notFound(language: language, searched: searched)
    }
}
