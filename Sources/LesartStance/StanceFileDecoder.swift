import LesartCore

/// Runs the reader ``StanceLexicon`` loads one of its files with (`Lexicons/stance/`) on
/// contents in memory, without building the lexicon's word tables: for checking a
/// replacement file quickly, and for the fuzz target `FuzzLexiconLoad`. `cues.tsv` is read
/// with the function words and rule words of the folder's own files, as the loader does.
public struct StanceFileDecoder: Sendable {
    /// The stance folder (`Lexicons/stance`).
    public let folder: String
    /// The function words of the folder's `grammar.tsv`.
    private let functionWords: Set<String>
    /// The folder's rule words, contractions and feminine endings.
    private let ruleWords: RuleWordLexicon

    /// A decoder for the stance lexicon of the Lexicons folder `root`.
    public init(lexicons root: String) throws(LexiconError) {
        folder = root + "/" + StanceLexiconFile.folder
        functionWords = StanceLexicon.functionWords(of: try StanceLexicon.grammarClasses(
            from: StanceLexiconFile.grammar.load(from: folder)))
        ruleWords = try RuleWordLexicon(folder: folder)
    }

    /// Decodes `contents` as the file `name` of the folder (`cues.tsv`, `negators.txt`):
    /// its entries, or the error the loader would throw for it.
    public func decode(_ name: String, contents: [UInt8]) throws(LexiconError) -> DecodedLexiconFile {
        guard let list = StanceLexiconFile(rawValue: name) else {
            throw LexiconError(file: folder + "/" + name, line: 0, reason: "no stance file of this name")
        }
        let file = try list.parse(contents, in: folder)
        switch list {
        case .grammar: _ = try StanceLexicon.grammarClasses(from: file)
        case .cues:
            let table = try CueTable(file: file, functionWords: functionWords, ruleWords: ruleWords)
            return DecodedLexiconFile(path: file.path, entries: zip(file.lines, table.entries).map { line, cue in
                DecodedLexiconFile.Entry(line: line.number, key: cue.lemma)
            })
        case .cessation: _ = StanceWordLists.cessationPairHeads(file.lines.map { $0.fields[0] })
        case .lifting: _ = try StanceWordLists.liftingWords(from: file)
        case .modality: _ = try StanceWordLists.table(file, "modality") { StanceModality(name: $0) }
        case .relations: _ = try StanceWordLists.table(file, "type") { RelationWordType(rawValue: $0) }
        case .evaluations:
            let (_, evaluations) = try StanceWordLists.evaluationWords(from: file)
            return DecodedLexiconFile(path: file.path, entries: zip(file.lines, evaluations).map { line, evaluation in
                DecodedLexiconFile.Entry(line: line.number, key: evaluation.lemma)
            })
        case .ruleWords: _ = try RuleWordLexicon.classes(from: file)
        case .contractions: _ = RuleWordLexicon.contractions(from: file)
        case .negators, .feminineEndings: break  // word lists: the first field of every line
        }
        return DecodedLexiconFile(lines: file)
    }
}
