/// A file of one lexicon folder, named once: the enum case is the only place a loader,
/// `lesart lexicon check` and the tests take the file's name from. Conforming enums
/// (``ProfileLexiconFile``, ``CommonLexiconFile``, ``GazetteerLexiconFile``,
/// ``StanceLexiconFile``, ``EventsLexiconFile``) list every file of their folder.
public protocol LexiconFileName: RawRepresentable<String>, CaseIterable, Sendable {
    /// The folder's name under `Lexicons/` (a language profile's is its language code).
    static var folder: String { get }
    /// The number of TAB-separated fields a line of the file has.
    var fields: ClosedRange<Int> { get }
    /// Whether a loader does without the file when it is absent (a rule family that does
    /// not apply to a language, a list a gazetteer need not have).
    var isOptional: Bool { get }
}

extension LexiconFileName {
    public var fields: ClosedRange<Int> { 1...1 }
    public var isOptional: Bool { false }

    /// The file's path in the lexicon folder `folder` (e.g. `Lexicons/stance`).
    public func path(in folder: String) -> String { folder + "/" + rawValue }

    /// Reads and parses the file from `folder`, checking its field count.
    public func load(from folder: String) throws(LexiconError) -> LexiconFile {
        try LexiconFile(path: path(in: folder), minFields: fields.lowerBound, maxFields: fields.upperBound)
    }

    /// Parses contents of the file already in memory, checking its field count; errors name
    /// the file's path in `folder`.
    public func parse(_ contents: [UInt8], in folder: String) throws(LexiconError) -> LexiconFile {
        try LexiconFile(path: path(in: folder), contents: contents, minFields: fields.lowerBound, maxFields: fields.upperBound)
    }

    /// The file's lines, or none when an optional file is absent.
    public func loadIfPresent(from folder: String) throws(LexiconError) -> [LexiconFile.Line] {
        if isOptional, !LexiconFile.exists(path(in: folder)) { return [] }
        return try load(from: folder).lines
    }

    /// The first field of every line, as bytes (a one-word-per-line list).
    public func words(from folder: String) throws(LexiconError) -> [[UInt8]] {
        if isOptional, !LexiconFile.exists(path(in: folder)) { return [] }
        return try load(from: folder).words
    }
}
