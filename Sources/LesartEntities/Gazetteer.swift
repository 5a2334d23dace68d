import Foundation
import LesartCore
import LesartTokenization

/// The compiled gazetteer: all entries, their surface forms and inflections in one
/// ``PhraseMatcher``, and the word lists of the person rule. Built once, immutable,
/// shared by all workers; it is also the ``EntityCatalog`` that tagged documents refer to.
public final class Gazetteer: EntityCatalog, @unchecked Sendable {
    // @unchecked: every stored property is a `let` of a Sendable value type.
    public let entries: [GazetteerEntry]
    /// The language profile of the tokenizer the phrases were compiled with.
    public let profile: LanguageProfile
    public let demonyms: [DemonymEntry]
    let matcher: PhraseMatcher
    let firstNames: ByteStringTable<Bool>
    let roleWords: ByteStringTable<Bool>
    let locationCues: ByteStringTable<Bool>
    let nameParticles: ByteStringTable<Bool>
    let articles: ByteStringTable<Bool>
    /// `Nord`, `Süd`, `Ober`: prefixes that make a place from a place (`Süditalien`).
    let placePrefixes: [[UInt8]]
    /// Heads of place names after an -er adjective (`Tegeler See`).
    let placeHeadsAfterAdjective: ByteStringTable<Bool>
    /// Endings of place names (`-ingen`, `-hausen`) for unlisted places after `in`.
    let placeEndings: [[UInt8]]
    /// Legal forms, club prefixes and institution words (`AG`, `FC`, `Bundesamt`).
    let organisationWords: ByteStringTable<OrganisationWordUse>
    /// Lowercase endings of one-word place names (`Schulstraße`).
    let placeSuffixes: [[UInt8]]
    /// Place names that are also the plural of their inhabitants (`Schweden`, `Polen`,
    /// `Bayern`): after an article they mean the people (form `derived`).
    let peopleHomographs: ByteStringTable<Bool>
    /// Phrases claimed by entries of different label or form (for `lexicon check`).
    public let conflicts: [String]
    /// Number of phrases (surface forms with inflections) compiled into the matcher.
    public let phraseCount: Int

    /// Loads `Lexicons/gazetteer/` (from `lexicons` or the located Lexicons folder) and
    /// compiles it with `tokenizer`'s conventions, so phrases split into the same tokens
    /// as the documents they are matched against.
    public init(lexicons: String? = nil, tokenizer: Tokenizer) throws(TokenizerError) {
        let root = try LexiconLocator.locate(language: "gazetteer", explicit: lexicons)
        let folder = root + "/gazetteer"
        do {
            var all: [GazetteerEntry] = []
            var seen: [String: String] = [:]
            for path in try GazetteerFiles.entityFiles(in: folder) {
                for entry in try GazetteerFiles.entries(in: path) {
                    if let first = seen[entry.id] {
                        throw LexiconError(file: entry.file, line: entry.line,
                                           reason: "duplicate id '\(entry.id)' (first at \(first))")
                    }
                    seen[entry.id] = entry.origin
                    all.append(entry)
                }
            }
            let demonymPath = folder + "/demonyms.tsv"
            let demonyms = FileManager.default.fileExists(atPath: demonymPath)
                ? try GazetteerFiles.demonyms(in: demonymPath) : []
            let index = Dictionary(all.enumerated().map { ($0.element.id, UInt32($0.offset)) }, uniquingKeysWith: { a, _ in a })
            for demonym in demonyms where index[demonym.entryID] == nil {
                throw LexiconError(file: demonym.file, line: demonym.line, reason: "unknown entity id '\(demonym.entryID)'")
            }
            entries = all
            profile = tokenizer.profile
            self.demonyms = demonyms
            firstNames = try ByteStringTable(wordList: folder + "/first-names.txt")
            roleWords = try ByteStringTable(wordList: folder + "/role-words.txt")
            locationCues = try ByteStringTable(wordList: folder + "/location-cues.txt")
            nameParticles = try ByteStringTable(wordList: folder + "/name-particles.txt")
            articles = try ByteStringTable(wordList: folder + "/articles.txt")
            placePrefixes = try GazetteerFiles.wordList(folder + "/place-prefixes.txt")
            placeEndings = try GazetteerFiles.wordList(folder + "/place-endings.txt")
            organisationWords = ByteStringTable(try GazetteerFiles.organisationWords(folder + "/organisation-words.txt").map { ($0.word, $0.use) })
            let heads = try GazetteerFiles.placeWords(folder + "/place-words.txt")
            placeHeadsAfterAdjective = ByteStringTable(heads.filter { $0.afterAdjective }.map { (Array($0.word.utf8), true) })
            placeSuffixes = heads.filter { $0.suffix }.map { Array($0.word.lowercased().utf8) }
            var homographs: [([UInt8], Bool)] = []
            for demonym in demonyms {
                guard let position = index[demonym.entryID] else { continue }
                let names = Set(all[Int(position)].forms.map(\.text))
                for noun in demonym.nouns where names.contains(noun.text + "n") || names.contains(noun.text + "en") {
                    homographs.append((Array((names.contains(noun.text + "n") ? noun.text + "n" : noun.text + "en").utf8), true))
                }
            }
            peopleHomographs = ByteStringTable(homographs)
            let compiled = try Self.compile(entries: all, demonyms: demonyms, index: index, tokenizer: tokenizer)
            matcher = compiled.matcher
            conflicts = compiled.conflicts
            phraseCount = compiled.phrases
        } catch let error as LexiconError {
            throw .lexicon(error)
        } catch let error as TokenizerError {
            throw error
        } catch {
            throw .lexicon(LexiconError(file: folder, line: 0, reason: "\(error)"))
        }
    }

    /// Generates every surface form, tokenizes it, and builds the trie.
    private static func compile(entries: [GazetteerEntry], demonyms: [DemonymEntry], index: [String: UInt32],
                                tokenizer: Tokenizer) throws -> (matcher: PhraseMatcher, conflicts: [String], phrases: Int) {
        let session = try tokenizer.makeSession()
        var builder = PhraseMatcherBuilder()
        var phrases = 0
        func add(_ text: String, _ match: PhraseMatch, _ priority: Int) {
            let utf8 = Array(text.utf8)
            let tokens: [[UInt8]]
            if Self.isPlainWords(utf8) {
                // Words of letters separated by spaces tokenize as themselves: skip the tokenizer.
                tokens = utf8.split(separator: 0x20).map(Array.init)
            } else {
                var document = Document(validatedUTF8: utf8)
                session.tokenize(&document)
                tokens = document.tokens.map { Array(document.utf8[$0.byteRange]) }
            }
            builder.add(tokens: tokens, match: match, priority: priority)
            phrases += 1
        }
        for (position, entry) in entries.enumerated() {
            let priority = Self.priority(of: entry.id)
            for form in entry.forms {
                let match = PhraseMatch(entry: UInt32(position), label: entry.label, form: .name, isAmbiguous: form.isAmbiguous)
                let texts = entry.inflects ? GermanInflection.nameForms(form.text) : [form.text]
                for text in texts {
                    add(text, match, priority)
                    if entry.matchesCapitals { add(text.uppercased(), match, priority) }
                }
            }
        }
        for demonym in demonyms {
            guard let position = index[demonym.entryID] else { continue }
            let entry = entries[Int(position)]
            let priority = Self.priority(of: entry.id)
            for adjective in demonym.adjectives {
                let match = PhraseMatch(entry: position, label: entry.label, form: .derived, isAmbiguous: false)
                for text in GermanInflection.adjectiveForms(adjective) { add(text, match, priority) }
            }
            for noun in demonym.nouns {
                add(noun.text, PhraseMatch(entry: position, label: entry.label, form: .derived, isAmbiguous: noun.isAmbiguous), priority)
            }
        }
        let conflicts = builder.conflicts.map { c in
            "'\(c.phrase)': \(entries[Int(c.kept.entry)].id) (\(c.kept.label.name) \(c.kept.form.description)) "
                + "kept over \(entries[Int(c.dropped.entry)].id) (\(c.dropped.label.name) \(c.dropped.form.description))"
        }
        return (builder.build(), conflicts, phrases)
    }

    /// Which entry wins a phrase several entries share: countries, then hand-kept places,
    /// regions, organisations, persons, and cities last.
    static func priority(of id: String) -> Int {
        if id.hasPrefix("loc:country:") { return 0 }
        if id.hasPrefix("loc:geo:") { return 1 }
        if id.hasPrefix("loc:region:") { return 2 }
        if id.hasPrefix("org:") { return 3 }
        if id.hasPrefix("per:") { return 4 }
        if id.hasPrefix("loc:city:") { return 5 }
        return 6
    }

    // MARK: EntityCatalog

    public func identifier(of entry: UInt32) -> String { entries[Int(entry)].id }
    public func canonicalName(of entry: UInt32) -> String { entries[Int(entry)].canonical }
    public func actor(of entry: UInt32) -> String { entries[Int(entry)].actor }

    /// Whether `utf8` is ASCII or Latin-1 letters (ä, ö, ü, ß, é …) separated by single spaces,
    /// with no capital after a lowercase letter inside a word (the tokenizer splits
    /// "haScharon"): text the tokenizer splits at the spaces and nowhere else.
    static func isPlainWords(_ utf8: [UInt8]) -> Bool {
        var i = 0
        var previousWasSpace = true
        var previousWasLower = false
        while i < utf8.count {
            let b = utf8[i]
            if b == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                previousWasLower = false
                i += 1
                continue
            }
            previousWasSpace = false
            let isUpper: Bool
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                isUpper = b <= 0x5A
                i += 1
            } else if b == 0xC3, i + 1 < utf8.count, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0xBF,
                      utf8[i + 1] != 0x97, utf8[i + 1] != 0xB7 {
                isUpper = utf8[i + 1] < 0x9F  // U+00C0–U+00DE are capitals (ß is U+00DF)
                i += 2  // U+00C0–U+00FF without × and ÷
            } else {
                return false
            }
            if isUpper && previousWasLower { return false }
            previousWasLower = !isUpper
        }
        return !previousWasSpace
    }
}
