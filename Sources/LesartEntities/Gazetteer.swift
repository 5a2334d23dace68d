import Foundation
import LesartCore
import LesartTokenization
import LesartWords

/// The compiled gazetteer: all entries, their surface forms and inflections in one
/// ``PhraseMatcher``, and the word lists of the person rule. Built once, immutable,
/// shared by all workers; it is also the ``EntityCatalog`` that tagged documents refer to.
public final class Gazetteer: EntityCatalog, @unchecked Sendable {
    // @unchecked: every stored property is a `let` of a Sendable type.
    public let entries: [GazetteerEntry]
    /// The language profile of the tokenizer the phrases were compiled with.
    public let profile: LanguageProfile
    public let demonyms: [DemonymEntry]
    /// The phrase trie; its word table also holds the words of the rule lists below.
    let matcher: PhraseMatcher
    /// The word table the tagger looks every token up in (``PhraseMatcher``'s words).
    package var wordTable: WordTable { matcher.words }
    /// Per word id of the matcher, the lists it is on: first names, role words, location
    /// cues, name particles, articles, place heads after an -er adjective (`Tegeler See`),
    /// organisation words, and place names that are also the plural of their inhabitants
    /// (`Schweden`, `Polen`, `Bayern`: after an article they mean the people, form `derived`).
    let wordRoles: [WordRoles]
    /// Per word id, its use when it is a legal form, club prefix or institution word
    /// (`AG`, `FC`, `Bundesamt`).
    let organisationUses: [OrganisationWordUse?]
    /// Per entry, whether it is a country (`loc:country:…`).
    let entryIsCountry: [Bool]
    /// Per entry, whether it is an actor (see ``isActor(_:)``).
    let entryIsActor: [Bool]
    /// Per entry, its names as JSON string literals (see ``quotedNames(of:)``).
    let entryQuotedNames: [QuotedEntityNames?]
    /// Per entry, whether it is an armed group (`armed-groups.txt`).
    let entryIsArmedGroup: [Bool]
    /// Per entry, whether its name takes a plural verb (`plural-actors.txt`: `USA`, `Taliban`).
    let entryIsPlural: [Bool]
    /// Per entry, the country entry its actor names (`Moskau` → the entry of `Russland`), or
    /// ``Entity/noEntry`` when the actor is no country.
    let countryOfEntry: [UInt32]
    /// Per word id, the facts of an actor noun (`Regierung`, `Land`, `Rebellen`).
    let actorNouns: [ActorNoun?]
    /// `Nord`, `Süd`, `Ober`: prefixes that make a place from a place (`Süditalien`).
    let placePrefixes: ByteStringList
    /// Endings of place names (`-ingen`, `-hausen`) for unlisted places after `in`.
    let placeEndings: ByteStringList
    /// Lowercase endings of one-word place names (`Schulstraße`).
    let placeSuffixes: ByteStringList
    /// Endings and prefixes the rules compare with a word's bytes (`-ische`, `süd-`, `al-`).
    let affixes: GazetteerAffixes
    /// Place names less an `e` (`Itzeho` → `Itzehoe`): inhabitant words (`Itzehoer`).
    let inhabitantStems: PlaceStemIndex
    /// Place names less a stem ending other than the empty one, which ends
    /// ``GazetteerAffixes/placeStemEndings`` (`Preuß` → `Preußen`): adjectives in -isch.
    let adjectiveStems: PlaceStemIndex
    /// Phrases claimed by entries of different label or form (for `lexicon check`).
    public let conflicts: [String]
    /// Number of phrases (surface forms with inflections) compiled into the matcher.
    public let phraseCount: Int

    /// Loads `Lexicons/gazetteer/` (from `lexicons` or the located Lexicons folder) and
    /// compiles it with `tokenizer`'s conventions, so phrases split into the same tokens
    /// as the documents they are matched against.
    public init(lexicons: String? = nil, tokenizer: Tokenizer) throws(LexiconLoadError) {
        let root = try LexiconLocator.locate(language: GazetteerLexiconFile.folder, explicit: lexicons)
        let folder = root + "/" + GazetteerLexiconFile.folder
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
            let demonyms = try GazetteerFiles.demonyms(in: folder)
            let index = Dictionary(all.enumerated().map { ($0.element.id, UInt32($0.offset)) }, uniquingKeysWith: { a, _ in a })
            try GazetteerFiles.checkDemonyms(demonyms, index: index)
            entries = all
            profile = tokenizer.profile
            self.demonyms = demonyms
            var lists: [(words: [[UInt8]], role: WordRoles)] = []
            for (file, role) in WordRoles.wordLists {
                lists.append((try file.words(from: folder), role))
            }
            placePrefixes = ByteStringList(try GazetteerLexiconFile.placePrefixes.words(from: folder))
            placeEndings = ByteStringList(try GazetteerLexiconFile.placeEndings.words(from: folder))
            let organisationWords = try GazetteerFiles.organisationWords(in: folder)
            lists.append((organisationWords.map(\.word), .organisationWord))
            let heads = try GazetteerFiles.placeWords(in: folder)
            lists.append((heads.filter { $0.afterAdjective }.map { Array($0.word.utf8) }, .placeHeadAfterAdjective))
            placeSuffixes = ByteStringList(heads.filter { $0.suffix }.map { Array($0.word.lowercased().utf8) })
            let facts = try Self.actorFacts(entries: all, index: index, folder: folder)
            lists.append((facts.nouns.map(\.word), .actorNoun))
            lists.append((Self.peopleHomographs(entries: all, demonyms: demonyms, index: index), .peopleHomograph))
            let ruleWords = try GazetteerFiles.ruleWords(in: folder)
            lists.append((ruleWords.map(\.word), []))
            affixes = try GazetteerAffixes(folder: folder)
            let compiled = try Self.compile(entries: all, demonyms: demonyms, index: index, tokenizer: tokenizer)
            let matcher = compiled.builder.build(listWords: lists.flatMap(\.words))
            var roles = [WordRoles](repeating: [], count: matcher.words.count)
            for list in lists {
                for word in list.words { roles[Int(matcher.words.id(of: word))].insert(list.role) }
            }
            for (word, role) in ruleWords { roles[Int(matcher.words.id(of: word))].formUnion(role) }
            var uses = [OrganisationWordUse?](repeating: nil, count: matcher.words.count)
            for word in organisationWords { uses[Int(matcher.words.id(of: word.word))] = word.use }  // the last listing wins
            var nouns = [ActorNoun?](repeating: nil, count: matcher.words.count)
            for (word, noun) in facts.nouns { nouns[Int(matcher.words.id(of: word))] = noun }
            self.matcher = matcher
            inhabitantStems = PlaceStemIndex(matcher: matcher, endings: [Array("e".utf8)])
            adjectiveStems = PlaceStemIndex(matcher: matcher, endings: Array(affixes.placeStemEndings.dropLast()))
            actorNouns = nouns
            entryIsActor = facts.isActor
            entryQuotedNames = all.map { QuotedEntityNames(canonical: $0.canonical, actor: $0.actor, identifier: $0.id) }
            entryIsArmedGroup = facts.isArmedGroup
            let plural = try GazetteerFiles.entrySet(.pluralActors, in: folder, index: index)
            entryIsPlural = all.indices.map { plural.contains(UInt32($0)) }
            countryOfEntry = facts.country
            wordRoles = roles
            organisationUses = uses
            entryIsCountry = all.map { $0.id.hasPrefix("loc:country:") }
            conflicts = compiled.conflicts
            phraseCount = compiled.phrases
        } catch let error as LexiconError {
            throw .file(error)
        } catch {
            // The tokenizer failing on a form (an ICU error) is a fault of this folder's load.
            throw .file(LexiconError(file: folder, line: 0, reason: "\(error)"))
        }
    }

    /// Place names that are also the plural of their inhabitants (`Schweden`, `Polen`): a
    /// demonym noun plus `-n` or `-en` that is a form of its place's entry.
    static func peopleHomographs(entries: [GazetteerEntry], demonyms: [DemonymEntry], index: [String: UInt32]) -> [[UInt8]] {
        var homographs: [[UInt8]] = []
        for demonym in demonyms {
            guard let position = index[demonym.entryID] else { continue }
            let names = Set(entries[Int(position)].forms.map(\.text))
            for noun in demonym.nouns where names.contains(noun.text + "n") || names.contains(noun.text + "en") {
                homographs.append(Array((names.contains(noun.text + "n") ? noun.text + "n" : noun.text + "en").utf8))
            }
        }
        return homographs
    }

    /// Generates every surface form, tokenizes it, and adds it to the trie's builder.
    static func compile(entries: [GazetteerEntry], demonyms: [DemonymEntry], index: [String: UInt32],
                        tokenizer: Tokenizer) throws -> (builder: PhraseMatcherBuilder, conflicts: [String], phrases: Int) {
        let session = try tokenizer.makeSession()
        var builder = PhraseMatcherBuilder()
        var phrases = 0
        func add(_ text: String, _ match: PhraseMatch, _ priority: Int) {
            add(Array(text.utf8), match, priority)
        }
        func add(_ utf8: [UInt8], _ match: PhraseMatch, _ priority: Int) {
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
                let texts = entry.inflects ? GermanMorphology.nameForms(form.text).map { Array($0.utf8) } : [Array(form.text.utf8)]
                for text in texts {
                    add(text, match, priority)
                    if entry.matchesCapitals { add(String(decoding: text, as: UTF8.self).uppercased(), match, priority) }
                }
            }
        }
        for demonym in demonyms {
            guard let position = index[demonym.entryID] else { continue }
            let entry = entries[Int(position)]
            let priority = Self.priority(of: entry.id)
            for adjective in demonym.adjectives {
                let match = PhraseMatch(entry: position, label: entry.label, form: .derived, isAmbiguous: false)
                for text in GermanMorphology.adjectiveFormsInBothCases(adjective) { add(text, match, priority) }
            }
            for noun in demonym.nouns {
                add(noun.text, PhraseMatch(entry: position, label: entry.label, form: .derived, isAmbiguous: noun.isAmbiguous), priority)
            }
        }
        let conflicts = builder.conflicts.map { c in
            "'\(c.phrase)': \(entries[Int(c.kept.entry)].id) (\(c.kept.label.name) \(c.kept.form.description)) "
                + "kept over \(entries[Int(c.dropped.entry)].id) (\(c.dropped.label.name) \(c.dropped.form.description))"
        }
        return (builder, conflicts, phrases)
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

    /// The country entries by canonical name (the first `loc:country:` entry of a name).
    static func countryIndex(entries: [GazetteerEntry]) -> [String: UInt32] {
        var countryByName: [String: UInt32] = [:]
        for (k, entry) in entries.enumerated() where entry.id.hasPrefix("loc:country:") {
            countryByName[entry.canonical] = countryByName[entry.canonical] ?? UInt32(k)
        }
        return countryByName
    }

    /// The entries by canonical name: the country of that name, else the first entry so
    /// named (the states `actor-nouns.txt` names).
    static func canonicalIndex(entries: [GazetteerEntry], countries: [String: UInt32]) -> [String: UInt32] {
        var canonicalIndex: [String: UInt32] = [:]
        for (k, entry) in entries.enumerated() where canonicalIndex[entry.canonical] == nil {
            canonicalIndex[entry.canonical] = UInt32(k)
        }
        for (name, entry) in countries { canonicalIndex[name] = entry }
        return canonicalIndex
    }

    /// The actor facts of the entries: which are actors and armed groups, the country each
    /// entry's actor names, and the actor nouns (`actor-nouns.txt`, `armed-groups.txt`,
    /// `actor-places.txt`; each optional).
    static func actorFacts(entries: [GazetteerEntry], index: [String: UInt32], folder: String) throws(LexiconError)
        -> (isActor: [Bool], isArmedGroup: [Bool], country: [UInt32], nouns: [(word: [UInt8], noun: ActorNoun)]) {
        let countryByName = countryIndex(entries: entries)
        let canonicalIndex = canonicalIndex(entries: entries, countries: countryByName)
        let groups = try GazetteerFiles.entrySet(.armedGroups, in: folder, index: index)
        let places = try GazetteerFiles.entrySet(.actorPlaces, in: folder, index: index)
        var isActor = [Bool](repeating: false, count: entries.count)
        var isGroup = [Bool](repeating: false, count: entries.count)
        var country = [UInt32](repeating: Entity.noEntry, count: entries.count)
        for (k, entry) in entries.enumerated() {
            let position = UInt32(k)
            isGroup[k] = groups.contains(position)
            country[k] = countryByName[entry.actor] ?? Entity.noEntry
            if entry.id.hasPrefix("loc:country:") || places.contains(position) {
                isActor[k] = true
            } else if entry.label != .location {
                isActor[k] = entry.listsActor || isGroup[k]
            }
        }
        let nouns = try GazetteerFiles.actorNouns(in: folder, canonicalIndex: canonicalIndex)
        return (isActor, isGroup, country, nouns)
    }

    // MARK: EntityCatalog

    public func identifier(of entry: UInt32) -> String { entries[Int(entry)].id }
    public func canonicalName(of entry: UInt32) -> String { entries[Int(entry)].canonical }
    public func actor(of entry: UInt32) -> String { entries[Int(entry)].actor }
    public func isActor(_ entry: UInt32) -> Bool { entryIsActor[Int(entry)] }
    public func quotedNames(of entry: UInt32) -> QuotedEntityNames? { entryQuotedNames[Int(entry)] }

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
            // ASCII letters and the Latin-1 letters of C3 80–BF (À–ÿ without × and ÷).
            let letterCase = b < 0x80 ? LetterCase.latin1(b, 0)
                : b == 0xC3 && i + 1 < utf8.count ? LetterCase.latin1(b, utf8[i + 1]) : .uncased
            guard letterCase != .uncased else { return false }
            let isUpper = letterCase == .capital
            i += b < 0x80 ? 1 : 2
            if isUpper && previousWasLower { return false }
            previousWasLower = !isUpper
        }
        return !previousWasSpace
    }
}

extension Gazetteer {
    /// Calls `body(start, end, match)` for every occurrence of a gazetteer phrase in the
    /// document's tokens (token indices; nested and overlapping occurrences included, by
    /// start, then end). Pure phrase matching: none of the tagger's rules, evidence checks
    /// or overlap resolution. `wordIDs` is scratch storage for the tokens' word ids; reused
    /// across documents it makes the call allocation-free.
    public func forEachPhrase(in document: Document, wordIDs: inout [Int32],
                              _ body: (_ start: Int, _ end: Int, _ match: PhraseMatch) -> Void) {
        document.utf8.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                matcher.wordIDs(of: tokens, in: bytes, into: &wordIDs)
            }
        }
        wordIDs.withUnsafeBufferPointer { matcher.forEachOccurrence($0, body) }
    }
}
