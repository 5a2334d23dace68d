import LesartCore

extension ByteStringTable where Value == Bool {
    /// The words of a one-entry-per-line lexicon file (its first field) as a set.
    public init(wordList path: String) throws(LexiconError) {
        self.init(try LexiconFile(path: path).lines.map { (Array($0.fields[0].utf8), true) })
    }

    /// The words of the lexicon file `file` of `folder` (its first field) as a set; empty
    /// when the file is optional and absent.
    public init<File: LexiconFileName>(_ file: File, in folder: String) throws(LexiconError) {
        self.init(try file.words(from: folder).map { ($0, true) })
    }
}
