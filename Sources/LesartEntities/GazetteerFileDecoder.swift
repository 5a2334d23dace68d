import LesartCore

/// Runs the reader ``Gazetteer`` loads one of its files with (`Lexicons/gazetteer/`) on
/// contents in memory, without compiling the gazetteer: for checking a replacement file
/// quickly, and for the fuzz target `FuzzLexiconLoad`. The files that name entries
/// (demonyms, id lists, actor nouns) are checked against the folder's own entity files.
public struct GazetteerFileDecoder: Sendable {
    /// The gazetteer folder (`Lexicons/gazetteer`).
    public let folder: String
    /// Entry id → entry index, as the gazetteer numbers its entries.
    private let index: [String: UInt32]
    /// Canonical name → entry index (the states of actor nouns).
    private let canonicalIndex: [String: UInt32]

    /// A decoder for the gazetteer of the Lexicons folder `root` (reads its entity files).
    public init(lexicons root: String) throws(LexiconError) {
        folder = root + "/" + GazetteerLexiconFile.folder
        var entries: [GazetteerEntry] = []
        for path in try GazetteerFiles.entityFiles(in: folder) {
            entries += try GazetteerFiles.entries(in: path)
        }
        index = Dictionary(entries.enumerated().map { ($0.element.id, UInt32($0.offset)) }, uniquingKeysWith: { a, _ in a })
        canonicalIndex = Gazetteer.canonicalIndex(entries: entries, countries: Gazetteer.countryIndex(entries: entries))
    }

    /// Decodes `contents` as the file `name` of the folder (`cities.tsv`, `demonyms.tsv`,
    /// `first-names.txt`): its entries, or the error the loader would throw for it.
    public func decode(_ name: String, contents: [UInt8]) throws(LexiconError) -> DecodedLexiconFile {
        if GazetteerLexiconFile.isEntityFile(name) {
            let fields = GazetteerLexiconFile.entityFields
            let file = try LexiconFile(path: folder + "/" + name, contents: contents,
                                       minFields: fields.lowerBound, maxFields: fields.upperBound)
            return DecodedLexiconFile(path: file.path, entries: try GazetteerFiles.entries(from: file).map {
                DecodedLexiconFile.Entry(line: $0.line, key: $0.id)
            })
        }
        guard let list = GazetteerLexiconFile(rawValue: name) else {
            throw LexiconError(file: folder + "/" + name, line: 0, reason: "no gazetteer file of this name")
        }
        let file = try list.parse(contents, in: folder)
        switch list {
        case .demonyms:
            let demonyms = GazetteerFiles.demonyms(from: file)
            try GazetteerFiles.checkDemonyms(demonyms, index: index)
            return DecodedLexiconFile(path: file.path, entries: demonyms.map {
                DecodedLexiconFile.Entry(line: $0.line, key: $0.entryID)
            })
        case .placeWords: _ = try GazetteerFiles.placeWords(from: file)
        case .organisationWords: _ = try GazetteerFiles.organisationWords(from: file)
        case .ruleWords: _ = try GazetteerFiles.ruleWords(from: file)
        case .actorNouns: _ = try GazetteerFiles.actorNouns(from: file, canonicalIndex: canonicalIndex)
        case .armedGroups, .actorPlaces, .pluralActors: _ = try GazetteerFiles.entrySet(from: file, index: index)
        default: break  // a word list: the first field of every line
        }
        return DecodedLexiconFile(lines: file)
    }
}
