/// What the reader of one lexicon file made of its contents, in a form every file shares:
/// per decoded entry, the line it came from and the word or id it is listed under. Returned
/// by the per-file decoders (`ProfileFileDecoder`, `GazetteerFileDecoder`,
/// `StanceFileDecoder`), which run the loaders' own readers on contents in memory.
public struct DecodedLexiconFile: Sendable {
    /// One decoded entry: its 1-based line and its key.
    public struct Entry: Sendable {
        public let line: Int
        public let key: String

        public init(line: Int, key: String) {
            self.line = line
            self.key = key
        }
    }

    /// The file's path, as named in errors.
    public let path: String
    /// The entries in file order (a reader that merges duplicate keys lists each line).
    public let entries: [Entry]

    public init(path: String, entries: [Entry]) {
        self.path = path
        self.entries = entries
    }

    /// One entry per line of `file`, keyed by its first field (a word list, or a table
    /// whose reader keeps every line).
    public init(lines file: LexiconFile) {
        self.init(path: file.path, entries: file.lines.map { Entry(line: $0.number, key: $0.fields[0]) })
    }
}
