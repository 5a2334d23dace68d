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
    let cessation: ByteStringTable<Bool>
    /// Closed word classes (one- or two-word keys, the latter joined by a space).
    let grammar: ByteStringTable<GrammarClass>
    /// Every word any of the tables above (and negators, modality, relations) knows, with
    /// all they say of it: one probe per token.
    let words: WordValueTable<WordFacts>
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
            let grammarFile = try StanceLexiconFile.grammar.load(from: folder)
            var classes: [[UInt8]: GrammarClass] = [:]
            for line in grammarFile.lines {
                guard let value = GrammarClass(name: line.fields[1]) else {
                    throw LexiconError(file: grammarFile.path, line: line.number, reason: "unknown class '\(line.fields[1])'")
                }
                classes[Array(line.fields[0].utf8), default: []].formUnion(value)
            }
            // Words of a phrase cue that its clause need not contain.
            let functionWords = Set(classes.compactMap { $0.value.contains(.functionWord) ? String(decoding: $0.key, as: UTF8.self) : nil })
            let ruleWordLexicon = try RuleWordLexicon(folder: folder)
            ruleWords = ruleWordLexicon
            let file = try StanceLexiconFile.cues.load(from: folder)
            var entries: [CueEntry] = []
            var table: [[UInt8]: Int] = [:]
            var lists: [[CueForm]] = []
            var heads: [([UInt8], Int32)] = []
            func add(_ form: String, _ value: CueForm) {
                let key = Array(form.utf8)
                if let k = table[key] {
                    if !lists[k].contains(where: { $0.cue == value.cue && $0.kind == value.kind }) { lists[k].append(value) }
                } else {
                    table[key] = lists.count
                    lists.append([value])
                }
            }
            for line in file.lines {
                let f = line.fields
                func fail(_ reason: String) -> LexiconError { LexiconError(file: file.path, line: line.number, reason: reason) }
                guard let kind = CueKind(rawValue: f[1]) else { throw fail("unknown POS '\(f[1])' (verb, noun, adj, phrase)") }
                guard let label = StanceLabel(name: f[2]) else { throw fail("unknown label '\(f[2])'") }
                let holder = try f[5].split(separator: ",").map { field throws(LexiconError) -> ArgumentSlot in
                    guard let slot = ArgumentSlot(field: String(field)) else { throw fail("unknown holder slot '\(field)'") }
                    return slot
                }
                let target = try f[6].split(separator: ",").map { field throws(LexiconError) -> ArgumentSlot in
                    guard let slot = ArgumentSlot(field: String(field)) else { throw fail("unknown target slot '\(field)'") }
                    return slot
                }
                let particle = f[3] == "-" ? nil : f[3]
                let listed = f[4] == "-" ? [] : f[4].split(separator: "|").map(String.init)
                let index = Int32(entries.count)
                var companions: [String] = []
                switch kind {
                case .verb:
                    Self.addVerb(lemma: f[0], particle: particle, listed: listed, cue: index, add: add)
                case .noun:
                    for form in GermanMorphology.nounForms(f[0]) + listed {
                        add(form, CueForm(cue: index, kind: .noun, needsParticle: false))
                        if form.count >= 5 { heads.append((Array(form.lowercased().utf8), index)) }
                    }
                case .adj:
                    for form in GermanMorphology.adjectiveForms(f[0]) + listed {
                        add(form, CueForm(cue: index, kind: .adjective, needsParticle: false))
                        add(form.prefix(1).uppercased() + form.dropFirst(), CueForm(cue: index, kind: .adjective, needsParticle: false))
                    }
                case .phrase:
                    let words = f[0].split(separator: " ").map(String.init)
                    guard let verb = words.last else { throw fail("empty phrase") }
                    companions = words.dropLast().filter { !functionWords.contains($0) }
                    Self.addVerb(lemma: verb, particle: particle, listed: listed, cue: index, add: add)
                }
                entries.append(CueEntry(lemma: f[0], kind: kind, label: label, particle: particle, holderSlots: holder,
                                        targetSlots: target, companions: companions, origin: "\(file.path):\(line.number)",
                                        ruleWords: ruleWordLexicon))
            }
            cues = entries
            let formTable = ByteStringTable(table.map { ($0.key, Int32($0.value)) })
            forms = formTable
            formLists = lists
            nounHeads = WordValueTable(heads)
            let negatorWords = try StanceLexiconFile.negators.words(from: folder)
            let negators = ByteStringTable(negatorWords.map { ($0, true) })
            let cessationWords = try StanceLexiconFile.cessation.load(from: folder).lines.map { $0.fields[0] }
            let cessationTable = ByteStringTable(cessationWords.map { (Array($0.utf8), true) })
            cessation = cessationTable
            let cessationHeadWords = cessationWords.compactMap { word in
                word.firstIndex(of: "+").map { Array(word[..<$0].utf8) }
            }
            let cessationPairHeads = ByteStringTable(cessationHeadWords.map { ($0, true) })
            var liftingWords: [[UInt8]: Int32] = [:]
            var particles: [String?] = []
            for line in try StanceLexiconFile.lifting.load(from: folder).lines {
                let parts = line.fields[0].split(separator: "+", maxSplits: 1).map(String.init)
                liftingWords[Array(parts[0].utf8)] = Int32(particles.count)
                particles.append(parts.count == 2 ? parts[1] : nil)
            }
            liftingParticles = particles
            let modalityFile = try StanceLexiconFile.modality.load(from: folder)
            let modality = ByteStringTable(try modalityFile.lines.map { line throws(LexiconError) in
                guard let value = StanceModality(name: line.fields[1]) else {
                    throw LexiconError(file: modalityFile.path, line: line.number, reason: "unknown modality '\(line.fields[1])'")
                }
                return (Array(line.fields[0].utf8), value)
            })
            let relationFile = try StanceLexiconFile.relations.load(from: folder)
            let relations = ByteStringTable(try relationFile.lines.map { line throws(LexiconError) in
                guard let value = RelationWordType(rawValue: line.fields[1]) else {
                    throw LexiconError(file: relationFile.path, line: line.number, reason: "unknown type '\(line.fields[1])'")
                }
                return (Array(line.fields[0].utf8), value)
            })
            let evaluationFile = try StanceLexiconFile.evaluations.load(from: folder)
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
            evaluations = evaluationEntries
            let grammarTable = ByteStringTable(classes.map { ($0.key, $0.value) })
            grammar = grammarTable
            var keys = Set(table.keys).union(classes.keys).union(negatorWords).union(cessationHeadWords)
            keys.formUnion(cessationWords.map { Array($0.utf8) })
            keys.formUnion(modalityFile.lines.map { Array($0.fields[0].utf8) })
            keys.formUnion(relationFile.lines.map { Array($0.fields[0].utf8) })
            keys.formUnion(evaluationForms.keys)
            keys.formUnion(liftingWords.keys)
            keys.formUnion(ruleWordLexicon.words)
            var pairStarts = Set<[UInt8]>()
            var pairEnds = Set<[UInt8]>()
            for key in classes.keys {
                // A capitalised word takes the classes of its lowercase form ("Den"); ASCII
                // first letters only, as the grammar keys are matched today ("über" keeps "Über" out).
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
            words = WordValueTable(keys.map { key in
                var facts = WordFacts()
                if let c = grammarTable.value(for: key) {
                    facts.grammar = c
                } else if let first = key.first, first < 0x80, let flip = CaseFlip.lowercasing(first, 0) {
                    facts.grammar = grammarTable.value(for: [flip.byte] + key.dropFirst()) ?? []
                }
                facts.cueForms = formTable.value(for: key)
                facts.isNegator = negators.value(for: key) != nil
                facts.isCessation = cessationTable.value(for: key) != nil
                facts.startsCessationPair = cessationPairHeads.value(for: key) != nil
                facts.modality = modality.value(for: key)
                facts.relation = relations.value(for: key)
                facts.evaluation = evaluationForms[key]
                facts.lifting = liftingWords[key]
                facts.startsGrammarPair = pairStarts.contains(key)
                facts.endsGrammarPair = pairEnds.contains(key)
                facts.ruleWords = ruleWordLexicon.classes[key] ?? []
                facts.contraction = ruleWordLexicon.contractions[key]
                return (key, facts)
            })
        } catch let error as LexiconError {
            throw .file(error)
        } catch {
            throw .file(LexiconError(file: folder, line: 0, reason: "\(error)"))
        }
    }

    /// Adds the generated and listed forms of a verb.
    private static func addVerb(lemma: String, particle: String?, listed: [String], cue: Int32,
                                add: (String, CueForm) -> Void) {
        let base = particle.map { lemma.hasPrefix($0) ? String(lemma.dropFirst($0.count)) : lemma } ?? lemma
        for (form, verbKind, needsParticle) in GermanMorphology.verbForms(base: base, particle: particle) {
            let kind = CueFormKind(verbKind)
            add(form, CueForm(cue: cue, kind: kind, needsParticle: needsParticle))
            // At the end of a subordinate clause the particle is joined: "weil X Y angreift".
            if let particle, needsParticle, form != base { add(particle + form, CueForm(cue: cue, kind: kind, needsParticle: false)) }
        }
        for form in listed {
            let kind: CueFormKind
            var needsParticle = false
            if let particle, form.hasPrefix(particle + "zu") || form == lemma {
                kind = .infinitive
            } else if form == lemma || form.hasPrefix("zu") && form.count > 4 {
                kind = .infinitive
            } else if form.hasPrefix((particle ?? "") + "ge") && (form.hasSuffix("en") || form.hasSuffix("t")) {
                kind = .participle
            } else if let particle, form.hasPrefix(particle), form.hasSuffix("en") || form.hasSuffix("t"),
                      !listed.contains(String(form.dropFirst(particle.count))) {
                // A listed form with the particle that is no joined finite form ("anerkennt") is a
                // participle ("anerkannt").
                kind = .participle
            } else {
                kind = .finite
                needsParticle = particle != nil && !form.hasPrefix(particle!)
            }
            add(form, CueForm(cue: cue, kind: kind, needsParticle: needsParticle))
            if let particle, needsParticle, form != base { add(particle + form, CueForm(cue: cue, kind: kind, needsParticle: false)) }
        }
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
