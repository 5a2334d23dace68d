import LesartCore

extension ByteStringTable where Value == Bool {
    /// The words of a one-entry-per-line lexicon file (its first field) as a set.
    public init(wordList path: String) throws(LexiconError) {
        self.init(try LexiconFile(path: path).lines.map { (Array($0.fields[0].utf8), true) })
    }
}
