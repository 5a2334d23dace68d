import LesartCore
import LesartTokenization
import LesartWords

/// The stance word lists besides cues and grammar, as loaded: negators, cessation words
/// (`verb+particle` pairs), lifting words, modality words, relation words and evaluation
/// words (`Lexicons/stance/`). ``StanceLexicon`` folds them into its word facts.
struct StanceWordLists {
    let negators: ByteStringTable<Bool>
    let cessation: ByteStringTable<Bool>
    /// The verbs of `verb+particle` cessation entries ("stellt" of "stellt+ein").
    let cessationPairHeads: ByteStringTable<Bool>
    /// Lifting word → index into `liftingParticles`.
    let liftingWords: [[UInt8]: Int32]
    /// Per entry of `lifting.txt`, the particle its word needs at the clause end, or nil.
    let liftingParticles: [String?]
    let modality: ByteStringTable<StanceModality>
    let relations: ByteStringTable<RelationWordType>
    /// Evaluation word form → index into `evaluations`.
    let evaluationForms: [[UInt8]: Int32]
    /// Evaluation lemmas and the stance they give.
    let evaluations: [(lemma: String, label: StanceLabel)]
    /// Every word the lists name.
    let keys: Set<[UInt8]>

    /// Reads the lists of `folder`.
    init(folder: String) throws(LexiconError) {
        let negatorWords = try StanceLexiconFile.negators.words(from: folder)
        negators = ByteStringTable(negatorWords.map { ($0, true) })
        let cessationWords = try StanceLexiconFile.cessation.load(from: folder).lines.map { $0.fields[0] }
        cessation = ByteStringTable(cessationWords.map { (Array($0.utf8), true) })
        let cessationHeadWords = Self.cessationPairHeads(cessationWords)
        cessationPairHeads = ByteStringTable(cessationHeadWords.map { ($0, true) })
        (liftingWords, liftingParticles) = try Self.liftingWords(from: StanceLexiconFile.lifting.load(from: folder))
        let modalityFile = try StanceLexiconFile.modality.load(from: folder)
        modality = try Self.table(modalityFile, "modality") { StanceModality(name: $0) }
        let relationFile = try StanceLexiconFile.relations.load(from: folder)
        relations = try Self.table(relationFile, "type") { RelationWordType(rawValue: $0) }
        (evaluationForms, evaluations) = try Self.evaluationWords(from: StanceLexiconFile.evaluations.load(from: folder))
        var keys = Set(negatorWords).union(cessationHeadWords)
        keys.formUnion(cessationWords.map { Array($0.utf8) })
        keys.formUnion(modalityFile.lines.map { Array($0.fields[0].utf8) })
        keys.formUnion(relationFile.lines.map { Array($0.fields[0].utf8) })
        keys.formUnion(evaluationForms.keys)
        keys.formUnion(liftingWords.keys)
        self.keys = keys
    }

    /// The verbs of the `verb+particle` entries of `cessation.txt` ("stellt" of "stellt+ein").
    static func cessationPairHeads(_ cessationWords: [String]) -> [[UInt8]] {
        cessationWords.compactMap { word in word.firstIndex(of: "+").map { Array(word[..<$0].utf8) } }
    }

    /// A parsed `lifting.txt` (`WORD` or `WORD+PARTICLE`): word → entry, and per entry the
    /// particle its word needs, or nil.
    static func liftingWords(from file: LexiconFile) throws(LexiconError) -> ([[UInt8]: Int32], [String?]) {
        var liftingWords: [[UInt8]: Int32] = [:]
        var particles: [String?] = []
        for line in file.lines {
            let parts = line.fields[0].split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.allSatisfy({ !$0.isEmpty }) else {
                throw LexiconError(file: file.path, line: line.number,
                                   reason: "a lifting entry is WORD or WORD+PARTICLE, not '\(line.fields[0])'")
            }
            liftingWords[Array(parts[0].utf8)] = Int32(particles.count)
            particles.append(parts.count == 2 ? parts[1] : nil)
        }
        return (liftingWords, particles)
    }

    /// A `WORD VALUE` file as a table; a value `parse` rejects is an error naming `what`.
    static func table<Value>(_ file: LexiconFile, _ what: String,
                                     _ parse: (String) -> Value?) throws(LexiconError) -> ByteStringTable<Value> {
        ByteStringTable(try file.lines.map { line throws(LexiconError) in
            guard let value = parse(line.fields[1]) else {
                throw LexiconError(file: file.path, line: line.number, reason: "unknown \(what) '\(line.fields[1])'")
            }
            return (Array(line.fields[0].utf8), value)
        })
    }

    /// `evaluations.tsv`: every form of each evaluation word (nouns and adjectives declined
    /// by ``GermanMorphology``, `form` entries as written) → its entry, and the entries.
    static func evaluationWords(from evaluationFile: LexiconFile) throws(LexiconError)
        -> ([[UInt8]: Int32], [(lemma: String, label: StanceLabel)]) {
        var evaluationForms: [[UInt8]: Int32] = [:]
        var evaluationEntries: [(lemma: String, label: StanceLabel)] = []
        for line in evaluationFile.lines {
            let f = line.fields
            guard let label = StanceLabel(name: f[2]) else {
                throw LexiconError(file: evaluationFile.path, line: line.number, reason: "unknown label '\(f[2])'")
            }
            let forms: [String]
            switch f[1] {
            case "noun": forms = GermanMorphology.nounForms(f[0])
            case "adj": forms = GermanMorphology.adjectiveForms(f[0])
            case "form": forms = [f[0]]
            default: throw LexiconError(file: evaluationFile.path, line: line.number, reason: "unknown POS '\(f[1])' (noun, adj, form)")
            }
            for form in forms { evaluationForms[Array(form.utf8)] = Int32(evaluationEntries.count) }
            evaluationEntries.append((f[0], label))
        }
        return (evaluationForms, evaluationEntries)
    }

    /// Writes what the lists say of `key` into `facts`.
    func describe(_ key: [UInt8], in facts: inout WordFacts) {
        facts.isNegator = negators.value(for: key) != nil
        facts.isCessation = cessation.value(for: key) != nil
        facts.startsCessationPair = cessationPairHeads.value(for: key) != nil
        facts.modality = modality.value(for: key)
        facts.relation = relations.value(for: key)
        facts.evaluation = evaluationForms[key]
        facts.lifting = liftingWords[key]
    }
}
