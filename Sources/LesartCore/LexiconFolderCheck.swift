import Foundation

/// Compares a lexicon folder with the file list its loader reads (a ``LexiconFileName``
/// enum): a file the loader needs that is missing, and a file no loader reads (a typo in a
/// name, a list added without its loader) are both reported.
public enum LexiconFolderCheck {
    /// Problems of the folder `folder` for the files of `File`; `isLoaded` accepts files read
    /// without a case of their own (the gazetteer's entity files).
    public static func problems<File: LexiconFileName>(_ file: File.Type, in folder: String,
                                                        isLoaded: (String) -> Bool = { _ in false }) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return ["\(folder): cannot list the folder"]
        }
        var problems: [String] = []
        for listed in File.allCases where !listed.isOptional && !names.contains(listed.rawValue) {
            problems.append("\(listed.path(in: folder)): missing (the loader needs it)")
        }
        let known = Set(File.allCases.map(\.rawValue))
        for name in names.sorted() where (name.hasSuffix(".txt") || name.hasSuffix(".tsv")) && !known.contains(name) && !isLoaded(name) {
            problems.append("\(folder)/\(name): no loader reads this file (add it to \(File.self))")
        }
        return problems
    }
}
