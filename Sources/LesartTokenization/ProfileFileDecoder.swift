import LesartCore

/// Runs the reader ``LanguageProfile`` loads one of its files with (`Lexicons/<language>/`
/// and `Lexicons/common/`) on contents in memory, without loading the rest of the profile:
/// for checking a replacement file quickly, and for the fuzz target `FuzzLexiconLoad`.
/// `abbreviation-words.txt` is checked against the folder's own `abbreviations.tsv`.
public struct ProfileFileDecoder: Sendable {
    /// The language folder (`Lexicons/de`).
    public let languageFolder: String
    /// The common folder (`Lexicons/common`).
    public let commonFolder: String
    /// The abbreviations of the folder's `abbreviations.tsv`.
    private let abbreviations: ByteStringTable<AbbreviationClass>

    /// A decoder for the profile of `language` in the Lexicons folder `root`.
    public init(lexicons root: String, language: String = "de") throws(LexiconError) {
        languageFolder = root + "/" + language
        commonFolder = root + "/" + CommonLexiconFile.folder
        let listed = try ProfileLexiconFile.abbreviations.load(from: languageFolder)
        abbreviations = ByteStringTable(try LanguageProfile.abbreviationEntries(from: listed))
    }

    /// The names of the files this decoder reads (those of ``ProfileLexiconFile`` and
    /// ``CommonLexiconFile``).
    public static var fileNames: [String] {
        ProfileLexiconFile.allCases.map(\.rawValue) + CommonLexiconFile.allCases.map(\.rawValue)
    }

    /// Decodes `contents` as the file `name` (`abbreviations.tsv`, `tlds.txt`): its entries,
    /// or the error the loader would throw for it.
    public func decode(_ name: String, contents: [UInt8]) throws(LexiconError) -> DecodedLexiconFile {
        if let file = CommonLexiconFile(rawValue: name) {
            let parsed = try file.parse(contents, in: commonFolder)
            if file == .emoticons { _ = try LanguageProfile.emoticonIndex(from: parsed) }
            return DecodedLexiconFile(lines: parsed)
        }
        guard let file = ProfileLexiconFile(rawValue: name) else {
            throw LexiconError(file: languageFolder + "/" + name, line: 0, reason: "no profile file of this name")
        }
        let parsed = try file.parse(contents, in: languageFolder)
        switch file {
        case .abbreviations:
            let entries = try LanguageProfile.abbreviationEntries(from: parsed)
            return DecodedLexiconFile(path: parsed.path, entries: zip(parsed.lines, entries).map { line, entry in
                DecodedLexiconFile.Entry(line: line.number, key: String(decoding: entry.0, as: UTF8.self))
            })
        case .abbreviationWords:
            _ = try LanguageProfile.abbreviationWords(from: parsed, listed: abbreviations)
        case .clitics:
            _ = try LanguageProfile.clitics(from: parsed)
        default:
            break
        }
        return DecodedLexiconFile(lines: parsed)
    }
}
