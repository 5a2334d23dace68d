import Foundation
import LesartCore
import LesartTokenization
import LesartWords

/// The stance lexicon of `Lexicons/stance/`: cue words with their forms, labels and
/// argument slots, and the word lists for negation, cessation, modality and relations.
/// Loaded once, immutable, shared by all workers; it names the cue lemmas and rules of
/// the records it helps produce (``StanceCatalog``).
public final class StanceLexicon: StanceCatalog, @unchecked Sendable {
    // @unchecked: every stored property is a `let` of a Sendable type (immutable values and `CueEntry`).
    let cues: [CueEntry]
    /// Word form → index into `formLists`.
    let forms: ByteStringTable<Int32>
    let formLists: [[CueForm]]
    /// Lowercase noun forms for compound heads ("…lieferungen" in "Waffenlieferungen").
    let nounHeads: WordValueTable<Int32>
    /// The endings of ``nounHeads``: most words end in none of them.
    let nounHeadEndings: EndingFilter
    let cessation: ByteStringTable<Bool>
    /// Closed word classes (one- or two-word keys, the latter joined by a space).
    let grammar: ByteStringTable<GrammarClass>
    /// The distinct classes of the two-word keys of ``grammar`` ("das Land"), one of which
    /// a two-word lookup returns (``TokenLookup/pairClasses(startingAt:tokens:bytes:lexicon:wordIDs:)``).
    let pairClasses: [GrammarClass]
    /// Every word any of the tables above (and negators, modality, relations) knows, with
    /// all they say of it: one probe per token.
    let words: WordValueTable<WordFacts>
    /// Per word id of ``words``, what the word tells the sentence filter by itself.
    let sentenceSignals: [SentenceSignal]
    /// The word table the detector looks every token up in (the keys of ``words``).
    package var wordTable: WordTable { words.words }
    /// Evaluation words (`evaluations.tsv`): lemma and the stance they give as the predicate
    /// of a verb of calling. Their catalog cue index follows the cues and the relation cue.
    let evaluations: [(lemma: String, label: StanceLabel)]
    /// Per entry of `lifting.txt`, the particle its word needs at the clause end, or nil.
    let liftingParticles: [String?]
    /// The words single rules look for (``RuleWordClass``), fused prepositions, feminine endings.
    let ruleWords: RuleWordLexicon

    /// Number of cue entries.
    public var cueCount: Int { cues.count }
    /// Number of distinct word forms the cues are matched by.
    public var formCount: Int { forms.count }

    /// Loads `<lexicons>/stance/` (or the located Lexicons folder).
    public init(lexicons: String? = nil) throws(LexiconLoadError) {
        let root = try LexiconLocator.locate(language: StanceLexiconFile.folder, explicit: lexicons)
        let folder = root + "/" + StanceLexiconFile.folder
        do {
            let classes = try Self.grammarClasses(from: StanceLexiconFile.grammar.load(from: folder))
            let ruleWordLexicon = try RuleWordLexicon(folder: folder)
            ruleWords = ruleWordLexicon
            let cueTable = try CueTable(file: StanceLexiconFile.cues.load(from: folder),
                                        functionWords: Self.functionWords(of: classes), ruleWords: ruleWordLexicon)
            cues = cueTable.entries
            let formTable = ByteStringTable(cueTable.formIndex.map { ($0.key, Int32($0.value)) })
            forms = formTable
            formLists = cueTable.lists
            nounHeads = WordValueTable(cueTable.heads)
            nounHeadEndings = EndingFilter(keys: cueTable.heads.map { $0.0 })
            let lists = try StanceWordLists(folder: folder)
            cessation = lists.cessation
            liftingParticles = lists.liftingParticles
            evaluations = lists.evaluations
            let grammarTable = ByteStringTable(classes.map { ($0.key, $0.value) })
            grammar = grammarTable
            pairClasses = Self.pairClasses(of: classes)
            words = Self.wordFacts(classes: classes, grammar: grammarTable, cueForms: formTable,
                                   cueKeys: cueTable.formIndex.keys, lists: lists, ruleWords: ruleWordLexicon)
            sentenceSignals = words.values.map(SentenceSignal.init)
        } catch let error as LexiconError {
            throw .file(error)
        } catch {
            throw .file(LexiconError(file: folder, line: 0, reason: "\(error)"))
        }
    }

    /// The distinct classes of the keys with a space, in a fixed order.
    private static func pairClasses(of classes: [[UInt8]: GrammarClass]) -> [GrammarClass] {
        Set(classes.filter { $0.key.contains(0x20) }.values.map(\.rawValue)).sorted().map(GrammarClass.init(rawValue:))
    }

    /// The words of the function-word class: words of a phrase cue that its clause need not contain.
    static func functionWords(of classes: [[UInt8]: GrammarClass]) -> Set<String> {
        Set(classes.compactMap { $0.value.contains(.functionWord) ? String(decoding: $0.key, as: UTF8.self) : nil })
    }

    /// A parsed `grammar.tsv`: word (or two-word key) → its closed classes.
    static func grammarClasses(from grammarFile: LexiconFile) throws(LexiconError) -> [[UInt8]: GrammarClass] {
        var classes: [[UInt8]: GrammarClass] = [:]
        for line in grammarFile.lines {
            guard let value = GrammarClass(name: line.fields[1]) else {
                throw LexiconError(file: grammarFile.path, line: line.number, reason: "unknown class '\(line.fields[1])'")
            }
            classes[Array(line.fields[0].utf8), default: []].formUnion(value)
        }
        return classes
    }

    /// Every word any stance file knows, with all they say of it (one probe per token).
    /// A capitalised word takes the grammar classes of its lowercase form ("Den"); the
    /// words of two-word grammar keys are marked as their starts and ends.
    private static func wordFacts(classes: [[UInt8]: GrammarClass], grammar grammarTable: ByteStringTable<GrammarClass>,
                                  cueForms formTable: ByteStringTable<Int32>, cueKeys: Dictionary<[UInt8], Int>.Keys,
                                  lists: StanceWordLists, ruleWords ruleWordLexicon: RuleWordLexicon) -> WordValueTable<WordFacts> {
        var keys = Set(cueKeys).union(classes.keys).union(lists.keys)
        keys.formUnion(ruleWordLexicon.words)
        var pairStarts = Set<[UInt8]>()
        var pairEnds = Set<[UInt8]>()
        for key in classes.keys {
            // ASCII first letters only, as the grammar keys are matched today ("über" keeps "Über" out).
            if let first = key.first, first < 0x80, let flip = CaseFlip.uppercasing(first, 0) {
                keys.insert([flip.byte] + key.dropFirst())
            }
            for (p, byte) in key.enumerated() where byte == 0x20 {
                pairStarts.insert(Array(key[..<p]))
                pairEnds.insert(Array(key[(p + 1)...]))
            }
        }
        keys.formUnion(pairStarts)
        keys.formUnion(pairEnds)
        return WordValueTable(keys.map { key in
            var facts = WordFacts()
            if let c = grammarTable.value(for: key) {
                facts.grammar = c
            } else if let first = key.first, first < 0x80, let flip = CaseFlip.lowercasing(first, 0) {
                facts.grammar = grammarTable.value(for: [flip.byte] + key.dropFirst()) ?? []
            }
            facts.cueForms = formTable.value(for: key)
            lists.describe(key, in: &facts)
            facts.startsGrammarPair = pairStarts.contains(key)
            facts.endsGrammarPair = pairEnds.contains(key)
            facts.ruleWords = ruleWordLexicon.classes[key] ?? []
            facts.contraction = ruleWordLexicon.contractions[key]
            return (key, facts)
        })
    }

    // MARK: StanceCatalog

    public func lemma(of cue: UInt32) -> String {
        switch CatalogCue(index: cue, cueCount: cues.count, evaluationCount: evaluations.count) {
        case .entry(let k)?: cues[Int(k)].lemma
        case .evaluation(let k)?: evaluations[Int(k)].lemma
        case .relation?, nil: CatalogCue.relationLemma
        }
    }

    /// The catalog index of `cue` (``CatalogCue``).
    func catalogIndex(_ cue: CatalogCue) -> UInt32 { cue.index(cueCount: cues.count) }
    public func ruleName(of rule: UInt16) -> String { StanceRule(id: rule)?.name ?? "rule-\(rule)" }
}
