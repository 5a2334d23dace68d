import LesartCore
import LesartTokenization
import LesartWords

/// One document's pass of the ``EntityTagger``: collects candidates, resolves overlaps
/// (longest first, then lexicon before rule), and extends persons by their surnames.
///
/// Every token is looked up once, before the pass (`wordIDs`): the trie, the one-word
/// phrases and all word lists of the rules read that id instead of hashing the bytes again.
struct EntityScan {
    let gazetteer: Gazetteer
    let matcher: PhraseMatcher
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let sentenceStart: [Bool]
    /// Per token, its id in the gazetteer's word table, or -1.
    let wordIDs: UnsafeBufferPointer<Int32>
    /// The gazetteer's ``Gazetteer/wordRoles``, pinned for the pass.
    let wordRoles: UnsafeBufferPointer<WordRoles>
    /// ``adjectiveEndings``, read once per document instead of once per word.
    let adjectiveEndings = Self.adjectiveEndings

    init(gazetteer: Gazetteer, bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
         wordIDs: UnsafeBufferPointer<Int32>, wordRoles: UnsafeBufferPointer<WordRoles>, sentenceStart: [Bool]) {
        self.gazetteer = gazetteer
        self.matcher = gazetteer.matcher
        self.bytes = bytes
        self.tokens = tokens
        self.wordIDs = wordIDs
        self.wordRoles = wordRoles
        self.sentenceStart = sentenceStart
    }

    /// The document's mentions. The scan itself is immutable and the rules take the
    /// candidates `inout`: a mutating rule would copy the whole scan on every call.
    func run() -> [Entity] {
        var candidates: [EntityCandidate] = []
        for i in tokens.indices {
            // Only words, abbreviations and hashtags start a rule's mention (each rule checks
            // the kind first); punctuation, numbers and the like need the lexicon alone.
            let kind = tokens[i].kind
            let takesRules = kind == .word || kind == .abbreviation || kind == .hashtag
            let hyphen = takesRules ? lastHyphen(in: tokens[i].byteRange) : nil
            if let (end, match) = matcher.longestMatch(wordIDs, from: i) {
                // A listed compound (`EU-Kommission`) yields to the name inside it, as a part.
                let isCompound = takesRules ? hyphen != nil : lastHyphen(in: tokens[i].byteRange) != nil
                let rank = end == i + 1 && isCompound ? 2 : 0
                var candidate = EntityCandidate(start: i, end: end, label: match.label, form: match.form,
                                                entry: match.entry, rank: rank)
                // "die Schweden", "den Polen": the people, not the country.
                if end == i + 1, i > 0, match.label == .location, isArticle(i - 1), roles(i).contains(.peopleHomograph) {
                    candidate.form = .derived
                }
                if !match.isAmbiguous || end - i >= 2 || hasEvidence(for: match.label, at: i) {
                    candidates.append(candidate)
                }
            }
            guard takesRules else { continue }
            addBrokenCompound(at: i, to: &candidates)
            addPart(at: i, containsHyphen: hyphen != nil, to: &candidates)
            addPerson(at: i, lastHyphen: hyphen, to: &candidates)
            addPlaceByForm(at: i, to: &candidates)
            addOrganisationByForm(at: i, to: &candidates)
            addOrganisationAroundPlace(at: i, to: &candidates)
        }
        var selected = resolve(&candidates)
        addSurnames(to: &selected)
        joinPlacesAcrossSlashes(&selected)
        addDescriptions(to: &selected)
        return selected.map {
            Entity(firstToken: UInt32($0.start), endToken: UInt32($0.end), label: $0.label, form: $0.form, entry: $0.entry,
                   antecedent: $0.antecedentStart.flatMap { Self.index(ofStart: $0, in: selected) } ?? Entity.noEntry)
        }
    }

    /// The index of the candidate starting at token `start` in `selected` (sorted by start,
    /// starts distinct), found by bisection.
    static func index(ofStart start: Int, in selected: [EntityCandidate]) -> UInt32? {
        var low = 0
        var high = selected.count
        while low < high {
            let middle = (low + high) / 2
            if selected[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < selected.count && selected[low].start == start ? UInt32(low) : nil
    }

    // MARK: Lookups

    /// The word lists token `i` is on.
    @inline(__always) func roles(_ i: Int) -> WordRoles {
        let id = wordIDs[i]
        return id >= 0 ? wordRoles[Int(id)] : []
    }

    /// The match of token `i` as a one-word phrase.
    @inline(__always) func tokenMatch(_ i: Int) -> PhraseMatch? {
        matcher.singleWordMatch(wordIDs[i])
    }

    /// The match of the one-word phrase written with the bytes of `slice`.
    @inline(__always) func singleTokenMatch(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> PhraseMatch? {
        matcher.singleWordMatch(slice)
    }

    /// The match of the one-word phrase of `count` bytes that `fill` writes into a buffer
    /// on the stack (a compound rejoined, a stem with an ending, a word recased).
    func singleTokenMatch(count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> PhraseMatch? {
        let matcher = matcher
        guard count > 0, count <= matcher.words.maxKeyLength else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            fill(buffer)
            return matcher.singleWordMatch(UnsafeBufferPointer(buffer)[...])
        }
    }

    // MARK: Parts

    /// A compound broken at a line end and rejoined with a space: "Mecklenburg- Vorpommern"
    /// is looked up as "Mecklenburg-Vorpommern".
    @inline(__always) func addBrokenCompound(at i: Int, to candidates: inout [EntityCandidate]) {
        guard i + 2 < tokens.count else { return }
        let hyphen = tokens[i + 1]
        guard tokens[i].kind == .word, !tokens[i].flags.contains(.spaceAfter), hyphen.flags.contains(.spaceAfter),
              hyphen.end - hyphen.start == 1, bytes[Int(hyphen.start)] == UInt8(ascii: "-"),
              tokens[i + 2].kind == .word, tokens[i + 2].flags.contains(.capitalized) else { return }
        let bytes = bytes
        let first = tokens[i].byteRange
        let second = tokens[i + 2].byteRange
        let joined = singleTokenMatch(count: first.count + 1 + second.count) { buffer in
            var k = 0
            for b in bytes[first] { buffer[k] = b; k += 1 }
            buffer[k] = UInt8(ascii: "-")
            k += 1
            for b in bytes[second] { buffer[k] = b; k += 1 }
        }
        if let match = joined, !match.isAmbiguous {
            candidates.append(EntityCandidate(start: i, end: i + 3, label: match.label, form: match.form,
                                              entry: match.entry, rank: 0))
        }
    }

    /// A name inside a hyphenated compound (`EU-Beitritt`, `Assad-Regime`): the whole
    /// token is the mention, with form `part` (a demonym part keeps form `derived`).
    @inline(__always) func addPart(at i: Int, containsHyphen: Bool, to candidates: inout [EntityCandidate]) {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .hashtag else { return }
        let range = token.byteRange
        // A truncation ("Lenk-" in "Lenk- und Ruhezeiten") names nothing.
        if bytes[range.upperBound - 1] == UInt8(ascii: "-") { return }
        // Without a hyphen a word is neither a compound of places nor has a part.
        guard containsHyphen else { return }
        if let whole = placeCompound(range) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name, entry: whole, rank: 1))
            return
        }
        var partStart = range.lowerBound
        var k = range.lowerBound
        var hasHyphen = false
        while k <= range.upperBound {
            if k == range.upperBound || bytes[k] == UInt8(ascii: "-") {
                if k < range.upperBound { hasHyphen = true }
                if hasHyphen || k < range.upperBound, partStart < k,
                   let match = singleTokenMatch(bytes[partStart..<k]), !match.isAmbiguous,
                   !(partStart == range.lowerBound && k == range.upperBound) {
                    let form: EntityForm = match.form == .derived ? .derived : .part
                    candidates.append(EntityCandidate(start: i, end: i + 1, label: match.label, form: form,
                                                      entry: match.entry, rank: 1))
                    return
                }
                partStart = k + 1
            }
            k += 1
        }
    }

    /// A hyphenated compound of places is itself a place: "Eutingen-Weitingen",
    /// "Bremen-Vegesack". Returns the entry of its first part.
    func placeCompound(_ range: Range<Int>) -> UInt32? {
        var first: UInt32? = nil
        var start = range.lowerBound
        var parts = 0
        for k in range.lowerBound...range.upperBound where k == range.upperBound || bytes[k] == UInt8(ascii: "-") {
            guard k > start, let m = singleTokenMatch(bytes[start..<k]), m.label == .location, m.form == .name,
                  !m.isAmbiguous else { return nil }
            if first == nil { first = m.entry }
            parts += 1
            start = k + 1
        }
        return parts >= 2 ? first : nil
    }

    // MARK: Places by form

    /// Places recognised by their shape rather than listed: a prefix before a listed place
    /// (`Süditalien`, `Oberitaliens`), a listed place in capitals (`TOKIO`), a street or
    /// square (`Schulstraße`, `Schwabacher Straße`, `Tegeler See`).
    func addPlaceByForm(at i: Int, to candidates: inout [EntityCandidate]) {
        let token = tokens[i]
        guard token.kind == .word else { return }
        let range = token.byteRange
        if let match = derivedFromPlace(i) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .derived,
                                              entry: match.entry, rank: 1))
        }
        guard token.flags.contains(.capitalized) else { return }
        // Motorways and federal roads: "A 7", "B 96".
        if range.count == 1, bytes[range.lowerBound] == UInt8(ascii: "A") || bytes[range.lowerBound] == UInt8(ascii: "B"),
           i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].end - tokens[i + 1].start <= 3,
           token.flags.contains(.spaceAfter) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .location, form: .name,
                                              entry: Entity.noEntry, rank: 2))
            return
        }
        // Prefix + place: "Süd" + "italien" → "Italien".
        if let match = placeAfterPrefix(range) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name, entry: match.entry, rank: 1))
            return
        }
        // Capitals: "TOKIO" → "Tokio".
        if range.count >= 4, isAllCapitals(token) {
            let bytes = bytes
            let title = singleTokenMatch(count: range.count) { buffer in
                var k = 0
                for b in bytes[range] { buffer[k] = k > 0 && b >= 0x41 && b <= 0x5A ? b + 0x20 : b; k += 1 }
            }
            if let match = title, match.label == .location, match.form == .name, !match.isAmbiguous {
                candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name, entry: match.entry, rank: 1))
                return
            }
        }
        // An unlisted town after a location preposition: "in Taiskirchen", "nach Weitingen".
        if i > 0, !sentenceStart[i], roles(i - 1).contains(.locationCue),
           !gazetteer.profile.isSentenceStarter(bytes[range]), !isAllCapitals(token) {
            if gazetteer.placeEndings.firstSuffix(of: range, in: bytes, longerBy: 2) != nil {
                candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name,
                                                  entry: Entity.noEntry, rank: 3))
                return
            }
        }
        // One-word street names: "Schulstraße", "Bundesstraße 216".
        if hasPlaceSuffix(range) {
            candidates.append(EntityCandidate(start: i, end: withNumber(i + 1), label: .location, form: .name,
                                              entry: Entity.noEntry, rank: 2))
            return
        }
        // "-er" word + place head: "Tegeler See", "Neuendorfer Straße 90c".
        if i + 1 < tokens.count, range.count >= 5, bytes[range.upperBound - 2] == UInt8(ascii: "e"),
           bytes[range.upperBound - 1] == UInt8(ascii: "r"), token.flags.contains(.spaceAfter),
           roles(i + 1).contains(.placeHeadAfterAdjective) {
            candidates.append(EntityCandidate(start: i, end: withNumber(i + 2), label: .location, form: .name,
                                              entry: Entity.noEntry, rank: 2))
        }
    }

    /// The listed place after a place prefix, its first letter capitalised: "Süd" +
    /// "italien" → "Italien".
    func placeAfterPrefix(_ range: Range<Int>) -> PhraseMatch? {
        let bytes = bytes
        let prefixes = gazetteer.placePrefixes
        let head = ByteStringList.head(of: range, in: bytes)
        guard prefixes.mayHavePrefix(head: head, count: range.count) else { return nil }
        for k in 0..<prefixes.count where range.count > prefixes.length(k) + 2 {
            guard prefixes.isPrefix(k, of: range, head: head, in: bytes) else { continue }
            let rest = (range.lowerBound + prefixes.length(k))..<range.upperBound
            let first = bytes[rest.lowerBound]
            guard first >= 0x61 && first <= 0x7A || first == 0xC3 else { continue }
            let capitalised = singleTokenMatch(count: rest.count) { buffer in
                var k = 0
                for b in bytes[rest] { buffer[k] = b; k += 1 }
                if let flip = CaseFlip.uppercasing(first, rest.count > 1 ? buffer[1] : 0) { buffer[flip.offset] = flip.byte }
            }
            if let match = capitalised, match.label == .location, match.form == .name, !match.isAmbiguous { return match }
        }
        return nil
    }

    /// Whether the word ends in a street ending (`-straße`, `-allee`, `-gasse`).
    func hasPlaceSuffix(_ range: Range<Int>) -> Bool {
        gazetteer.placeSuffixes.firstSuffix(of: range, in: bytes, longerBy: 2) != nil
    }

    /// `end`, extended over a house or road number that follows ("Straße 90c", "B 96").
    func withNumber(_ end: Int) -> Int {
        guard end < tokens.count, tokens[end - 1].flags.contains(.spaceAfter) else { return end }
        let next = tokens[end]
        let first = bytes[Int(next.start)]
        guard first >= 0x30, first <= 0x39, next.end - next.start <= 4, next.kind == .number || next.kind == .word else {
            return end
        }
        return end + 1
    }

    /// Words derived from a listed place but not listed themselves: inhabitant words in
    /// -er (`Gütersloher`, `Itzehoer`, `St. Galler` → city) and adjectives in -isch
    /// (`preußische` → `Preußen`, `mesopotamische` → `Mesopotamien`, `südbadischen` →
    /// `Baden`). Listed words (`?Hamburger`) are left to the lexicon.
    func derivedFromPlace(_ i: Int) -> PhraseMatch? {
        let bytes = bytes
        let range = tokens[i].byteRange
        guard range.count >= 5 else { return nil }
        let upper = range.upperBound
        let first = bytes[range.lowerBound]
        let capitalised = LetterCase.latin1(first, bytes[range.lowerBound + 1]) == .capital
        let inhabitantWord = capitalised && range.count >= 7 && bytes[upper - 2] == 0x65 && bytes[upper - 1] == 0x72
        let ending = adjectiveEndings.firstSuffix(of: range, in: bytes, longerBy: 2).map(adjectiveEndings.length)
        // Most words are neither: decide that before any lookup or copy.
        guard inhabitantWord || ending != nil, tokenMatch(i) == nil else { return nil }
        func place(_ m: PhraseMatch?) -> PhraseMatch? {
            guard let m, m.label == .location, m.form == .name, !m.isAmbiguous else { return nil }
            return m
        }
        if inhabitantWord {  // "-er", stems of 5+ bytes
            let stem = range.lowerBound..<(upper - 2)
            if let m = place(singleTokenMatch(bytes[stem])) { return m }  // Frankfurt-er
            let withE = singleTokenMatch(count: stem.count + 1) { buffer in
                var k = 0
                for b in bytes[stem] { buffer[k] = b; k += 1 }
                buffer[k] = 0x65
            }
            if let m = place(withE) { return m }  // Itzehoe-r
        }
        // Adjectives in -isch + ending, lowercase or capitalised, with a compass prefix.
        guard let ending else { return nil }
        let body = bytes[range.lowerBound..<(upper - ending)]
        guard body.count >= 3 else { return nil }
        for prefix in Self.compassPrefixes {
            guard body.count > prefix.count + 2, body.prefix(prefix.count).elementsEqual(prefix) else { continue }
            let stem = body.dropFirst(prefix.count)
            for suffix in Self.placeNameSuffixes {
                let name = singleTokenMatch(count: stem.count + suffix.count) { buffer in
                    var k = 0
                    for b in stem { buffer[k] = b; k += 1 }
                    for b in suffix { buffer[k] = b; k += 1 }
                    if let flip = CaseFlip.uppercasing(buffer[0], buffer[1]) { buffer[flip.offset] = flip.byte }
                }
                if let m = place(name) { return m }
            }
        }
        return nil
    }

    /// Endings of adjectives in -isch, longest first.
    static let adjectiveEndings = ByteStringList(GermanMorphology.adjectiveEndingsLongestFirst.map { Array(("isch" + $0).utf8) })
    /// Compass prefixes of derived adjectives ("südbadisch"); the empty prefix last.
    static let compassPrefixes: [[UInt8]] = ["süd", "nord", "ost", "west", "Süd", "Nord", "Ost", "West", ""].map { Array($0.utf8) }
    /// What an adjective stem may lack of its place name ("preuß" + "en", "mesopotam" + "ien").
    static let placeNameSuffixes: [[UInt8]] = ["en", "ien", "land", "a", ""].map { Array($0.utf8) }

    // MARK: Organisations by form

    /// Organisations recognised by their shape: a legal form after the name (`Läpple
    /// AG`), a club prefix before it (`VfL Osnabrück`), or an institution word with its
    /// field (`Bundesamt für Gesundheit`), place or name (`Universität Gießen`, `Hirzel
    /// Verlag`).
    @inline(__always) func addOrganisationByForm(at i: Int, to candidates: inout [EntityCandidate]) {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .abbreviation, wordIDs[i] >= 0,
              let use = gazetteer.organisationUses[Int(wordIDs[i])] else { return }
        func add(_ start: Int, _ end: Int) {
            candidates.append(EntityCandidate(start: start, end: end, label: .organisation, form: .name,
                                              entry: Entity.noEntry, rank: 2))
        }
        switch use {
        case .legal:
            var k = i
            var words = 0
            while k > 0, i - k < 4 {
                let previous = k - 1
                if isOrganisationNameWord(previous) {
                    words += 1
                } else if !(bytes[tokens[previous].byteRange].elementsEqual([UInt8(ascii: "&")]) || isParticle(previous)) {
                    break
                }
                k = previous
                if sentenceStart[previous] { break }
            }
            while k < i, !isOrganisationNameWord(k) { k += 1 }
            if words > 0, k < i { add(k, i + 1) }
        case .club:
            var j = i + 1
            while j < tokens.count, j - i <= 3,
                  isOrganisationNameWord(j) || (tokens[j].kind == .number && j > i + 1) { j += 1 }
            if j > i + 1 {
                let start = i > 0 && tokens[i - 1].kind == .ordinal ? i - 1 : i
                add(start, j)
            }
        case .head:
            let next = i + 1
            guard next < tokens.count else { return }
            let nextWord = bytes[tokens[next].byteRange]
            if nextWord.elementsEqual("für".utf8) || nextWord.elementsEqual("der".utf8) || nextWord.elementsEqual("des".utf8) {
                var j = next + 1
                var end = 0
                while j < tokens.count, j - next <= 7 {
                    let t = tokens[j]
                    guard t.kind == .word, !sentenceStart[j] else { break }
                    let w = bytes[t.byteRange]
                    if t.flags.contains(.capitalized) {
                        if gazetteer.profile.isSentenceStarter(w) && !isArticle(j) { break }
                        end = j + 1
                    } else if !(w.elementsEqual("und".utf8) || w.elementsEqual("für".utf8) || isArticle(j)
                                || (w.last == UInt8(ascii: "n") || w.last == UInt8(ascii: "e") || w.last == UInt8(ascii: "r"))
                                   && w.count > 3) {
                        break
                    }
                    j += 1
                }
                if end > next + 1 { add(i, end) }
            } else if isOrganisationNameWord(next) {
                var j = next + 1
                while j < tokens.count, j - next < 3, isOrganisationNameWord(j) { j += 1 }
                add(i, j)
            } else if i > 0, !sentenceStart[i], isOrganisationNameWord(i - 1), !isArticle(i - 1) {
                add(i - 1, i + 1)
            }
        case .media:
            // "Berliner Zeitung", "Passauer Neue(n) Presse".
            var k = i - 1
            if k > 0, tokens[k].flags.contains(.capitalized), isAdjectiveForm(k), k - 1 >= 0, isPlaceAdjectiveInEr(k - 1) {
                k -= 1
            }
            if k >= 0, isPlaceAdjectiveInEr(k) { add(k, i + 1) }
        case .team:
            // "Northampton Town": a listed city before the team word.
            if i > 0, let m = tokenMatch(i - 1), m.label == .location {
                add(i - 1, i + 1)
            }
        }
    }

    /// A place inside an organisation's name: an acronym before a city (`THW Kiel`,
    /// `TH Zürich`), or English team words after one (`Chicago Bulls`, `Detroit Red Wings`).
    @inline(__always) func addOrganisationAroundPlace(at i: Int, to candidates: inout [EntityCandidate]) {
        guard tokens[i].kind == .word, let m = tokenMatch(i), m.label == .location, m.form == .name else { return }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.spaceAfter), isAllCapitals(tokens[i - 1]),
           tokens[i - 1].end - tokens[i - 1].start <= 5, tokenMatch(i - 1) == nil {
            candidates.append(EntityCandidate(start: i - 1, end: i + 1, label: .organisation, form: .name,
                                              entry: Entity.noEntry, rank: 2))
            return
        }
        // Team names ("Chicago Bulls", "Florida Panthers") are named after cities and states;
        // after a country it takes two English words ("Kuwait National Airways"), since one
        // is usually an object pair ("der Ukraine Kampfjets").
        let minimumWords = gazetteer.entryIsCountry[Int(m.entry)] ? 2 : 1
        var j = i + 1
        while j < tokens.count, j - i <= 2, tokens[j - 1].flags.contains(.spaceAfter), isEnglishWord(j) { j += 1 }
        guard j > i + minimumWords, bytes[tokens[j - 1].byteRange].last == UInt8(ascii: "s"),
              !followsContentWord(i) else { return }
        candidates.append(EntityCandidate(start: i, end: j, label: .organisation, form: .name,
                                          entry: Entity.noEntry, rank: 2))
    }

    /// Whether token `i` follows a lowercase content word (a verb: "liefert Russland Gas"),
    /// not a function word ("als", "gegen", "die") or the start of the sentence.
    func followsContentWord(_ i: Int) -> Bool {
        guard i > 0, !sentenceStart[i] else { return false }
        let previous = tokens[i - 1]
        guard previous.kind == .word, previous.flags.contains(.lowercase) else { return false }
        let word = bytes[previous.byteRange]
        let profile = gazetteer.profile
        if !roles(i - 1).isDisjoint(with: [.article, .locationCue]) { return false }
        // Function words are listed capitalised, as sentence starters ("Als", "Gegen").
        guard let first = word.first, first >= 0x61, first <= 0x7A else { return true }
        return !withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
            var k = 0
            for b in word { buffer[k] = k == 0 ? b - 0x20 : b; k += 1 }
            return profile.isSentenceStarter(UnsafeBufferPointer(buffer)[...])
        }
    }

    /// A capitalised ASCII word with lowercase letters only after the first (`Bulls`, `Red`).
    func isEnglishWord(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, t.flags.contains(.capitalized), t.end - t.start >= 3 else { return false }
        let w = bytes[t.byteRange]
        return w.dropFirst().allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && tokenMatch(j) == nil
            && !gazetteer.profile.isSentenceStarter(w)
    }

    /// A capitalised word in -er made from a place (`Berliner`, `Passauer`).
    func isPlaceAdjectiveInEr(_ k: Int) -> Bool {
        let range = tokens[k].byteRange
        guard tokens[k].flags.contains(.capitalized), range.count >= 5,
              bytes[range.upperBound - 2] == UInt8(ascii: "e"), bytes[range.upperBound - 1] == UInt8(ascii: "r") else { return false }
        if let m = tokenMatch(k), m.label == .location, m.form == .derived { return true }
        return derivedFromPlace(k) != nil
    }

    /// A capitalised adjective form (`Neue`, `Neuen`, `Allgemeine`).
    func isAdjectiveForm(_ k: Int) -> Bool {
        let w = bytes[tokens[k].byteRange]
        return w.last == UInt8(ascii: "e") || (w.count > 2 && w.suffix(2).elementsEqual([0x65, 0x6E]))
    }

    /// A capitalised word that can be part of an organisation name: not an article, not a
    /// word that opens sentences, not a role word; acronyms count.
    func isOrganisationNameWord(_ j: Int) -> Bool {
        let token = tokens[j]
        guard token.kind == .word, token.flags.contains(.capitalized) else { return false }
        return roles(j).isDisjoint(with: [.roleWord, .organisationWord])
            && !gazetteer.profile.isSentenceStarter(bytes[token.byteRange])
    }

    // MARK: Persons

    /// A known first name before a capitalised word (`Heidi Klum`), or a role word before
    /// a name (`Ministerpräsident Boris Rhein`, `US-Präsident Trump`).
    func addPerson(at i: Int, lastHyphen: Int?, to candidates: inout [EntityCandidate]) {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .abbreviation else { return }
        if token.flags.contains(.capitalized), isFirstName(i, lastHyphen: lastHyphen),
           let end = nameEnd(from: i + 1, particleFirst: true), end > i + 1 {
            candidates.append(EntityCandidate(start: i, end: end, label: .person, form: .name,
                                              entry: Entity.noEntry, rank: 2))
            return
        }
        if isRoleWord(i, lastHyphen: lastHyphen), let end = nameEnd(from: i + 1, particleFirst: false), end > i + 1 {
            candidates.append(EntityCandidate(start: i + 1, end: end, label: .person, form: .name,
                                              entry: Entity.noEntry, rank: 2))
            return
        }
        // An initial before a surname: "A. Wiegemann", "H. Dietz".
        if token.kind == .abbreviation, token.end - token.start == 2, token.flags.contains(.capitalized),
           token.flags.contains(.spaceAfter), i + 1 < tokens.count, isNameWord(i + 1),
           !(i > 0 && tokens[i - 1].kind == .abbreviation) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, rank: 2))
            return
        }
        // A known first name before an initial ("Nico G."). A first name alone is not
        // tagged: too many are also words, brands or parts of titles.
        if token.flags.contains(.capitalized), roles(i).contains(.firstName), !isAllCapitals(token),
           i + 1 < tokens.count, tokens[i + 1].kind == .abbreviation,
           tokens[i + 1].end - tokens[i + 1].start == 2, tokens[i + 1].flags.contains(.capitalized) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, rank: 3))
        }
    }

    /// The position of the last hyphen in `range`, if any. Most words have none, which
    /// is found in one or two word-sized reads (see ``hasHyphen(_:_:)``).
    @inline(__always) func lastHyphen(in range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, Self.hasHyphen(UnsafeRawPointer(base + range.lowerBound), range.count) else {
            return nil
        }
        var k = range.upperBound - 1
        while bytes[k] != UInt8(ascii: "-") { k -= 1 }
        return k
    }

    /// Whether the `count` bytes at `pointer` contain a hyphen, read in (possibly
    /// overlapping) words that never reach past them: a byte of a word XOR `--------` is
    /// zero exactly where the word has a hyphen.
    @inline(__always) static func hasHyphen(_ pointer: UnsafeRawPointer, _ count: Int) -> Bool {
        ByteWord.contains(UInt8(ascii: "-"), in: pointer, count: count)
    }

    /// Whether token `i` is a listed first name, or two joined by a hyphen (`Karl-Heinz`,
    /// `Hans-Peter`: every part a listed first name).
    func isFirstName(_ i: Int, lastHyphen: Int?) -> Bool {
        if roles(i).contains(.firstName) { return true }
        guard lastHyphen != nil else { return false }
        let range = tokens[i].byteRange
        var start = range.lowerBound
        for k in range.lowerBound...range.upperBound where k == range.upperBound || bytes[k] == UInt8(ascii: "-") {
            guard k > start else { return false }
            let id = matcher.wordID(bytes[start..<k])
            guard id >= 0, wordRoles[Int(id)].contains(.firstName) else { return false }
            start = k + 1
        }
        return true
    }

    /// Whether token `i` is a role word, alone or as the last part of a compound (its last
    /// hyphen at `lastHyphen`).
    func isRoleWord(_ i: Int, lastHyphen: Int?) -> Bool {
        if roles(i).contains(.roleWord) { return true }
        let range = tokens[i].byteRange
        guard let k = lastHyphen, k > range.lowerBound else { return false }
        let id = matcher.wordID(bytes[(k + 1)..<range.upperBound])
        return id >= 0 && wordRoles[Int(id)].contains(.roleWord)
    }

    /// The end of a name starting at token `i`: further first names (`Hans Peter`), then
    /// one surname, possibly after particles (`von der Leyen`, `della Porta`). A run of
    /// particles may not start with an article (`der`), and may open the name only after a
    /// first name (`particleFirst`). Nil when no capitalised word starts there.
    func nameEnd(from i: Int, particleFirst: Bool) -> Int? {
        var j = i
        while j < tokens.count {
            if j == i, !particleFirst, !isNameWord(j) { return nil }
            if isNameWord(j) {
                let isFirstName = isFirstName(j, lastHyphen: lastHyphen(in: tokens[j].byteRange))
                j += 1
                // Another first name may follow ("Hans Peter Müller"), or particles and the
                // surname ("Heinrich Gottlob von Miltitz"); a surname ends the name.
                let continues = j < tokens.count && (isNameWord(j) || (isParticle(j) && !isArticle(j)))
                if !(isFirstName && continues) { return j }
            } else if isParticle(j),
                      !(isArticle(j) && (j == i || !isParticle(j - 1))),
                      j + 1 < tokens.count, isNameWord(j + 1) || isParticle(j + 1) {
                j += 1
            } else {
                break
            }
        }
        return j > i ? j : nil
    }

    /// A capitalised word that can be part of a name: not sentence-initial, not a word
    /// that opens sentences (`Der`, `Im`), not a role word.
    func isNameWord(_ j: Int) -> Bool {
        let token = tokens[j]
        guard token.kind == .word, token.flags.contains(.capitalized), !sentenceStart[j], !isAllCapitals(token) else {
            return false
        }
        return !roles(j).contains(.roleWord) && !gazetteer.profile.isSentenceStarter(bytes[token.byteRange])
            && !hasPlaceSuffix(token.byteRange)
    }

    func isParticle(_ j: Int) -> Bool { roles(j).contains(.nameParticle) }
    func isArticle(_ j: Int) -> Bool { roles(j).contains(.article) }

    /// Acronyms (`FB`, `USA`) are not personal names.
    func isAllCapitals(_ token: Token) -> Bool {
        var letters = 0
        for k in token.byteRange {
            let b = bytes[k]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    // MARK: Evidence

    /// Evidence for an ambiguous one-word match at `i`: a location preposition before a
    /// place; an article before an organisation or other name not opening the sentence.
    func hasEvidence(for label: EntityLabel, at i: Int) -> Bool {
        guard i > 0 else { return false }
        let previous = bytes[tokens[i - 1].byteRange]
        switch label {
        case .location:
            return roles(i - 1).contains(.locationCue)
        case .organisation, .other:
            // "Die Zeit", "Der Spiegel" mid-sentence: a capitalised article belongs to the
            // name. After a lowercase article only adjectival names count ("die Linke",
            // "den Grünen"); a noun after "die" is the noun ("in der Welt").
            guard !sentenceStart[i], isArticle(i - 1) else { return false }
            if !sentenceStart[i - 1], previous.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true { return true }
            let word = bytes[tokens[i].byteRange]
            return word.last == UInt8(ascii: "e") || (word.count > 2 && word.suffix(2).elementsEqual([0x65, 0x6E]))
        case .person:
            return false
        }
    }

    // MARK: Resolution

    /// Longest candidate first at each position; ties go to the lower rank; no overlaps.
    func resolve(_ candidates: inout [EntityCandidate]) -> [EntityCandidate] {
        candidates.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.length != b.length { return a.length > b.length }
            return a.rank < b.rank
        }
        var selected: [EntityCandidate] = []
        var covered = 0
        var k = 0
        while k < candidates.count {
            let c = candidates[k]
            k += 1
            guard c.start >= covered else { continue }
            // A longer candidate starting inside this one wins over it (candidates are sorted
            // by start, so only those before `c.end` need a look).
            var overridden = false
            var j = k
            while j < candidates.count, candidates[j].start < c.end {
                if candidates[j].end > c.end && candidates[j].length > c.length {
                    overridden = true
                    break
                }
                j += 1
            }
            if overridden { continue }
            selected.append(c)
            covered = c.end
        }
        return selected
    }

    /// Places joined by a slash without spaces name one place pair in datelines and
    /// lists: "München/Hamburg (dpa)", "Japan/Korea".
    func joinPlacesAcrossSlashes(_ selected: inout [EntityCandidate]) {
        var k = 0
        while k + 1 < selected.count {
            let a = selected[k], b = selected[k + 1]
            if a.label == .location, b.label == .location, a.form == .name, b.form == .name,
               b.start == a.end + 1, !tokens[a.end - 1].flags.contains(.spaceAfter),
               !tokens[a.end].flags.contains(.spaceAfter), bytes[tokens[a.end].byteRange].elementsEqual([UInt8(ascii: "/")]) {
                selected[k].end = b.end
                selected[k].entry = Entity.noEntry
                selected.remove(at: k + 1)
            } else {
                k += 1
            }
        }
    }

    /// The bytes of `range` after an Arabic article (`al-`, `el-`, `as-`, `asch-`, `ad-`,
    /// `ar-`, `at-`, `an-`) when a capitalised name of three or more bytes follows.
    func withoutArabicArticle(_ range: Range<Int>) -> Range<Int>? {
        guard range.count > 5, bytes[range.lowerBound] >= 0x61, bytes[range.lowerBound] <= 0x7A else { return nil }
        var k = range.lowerBound
        while k < range.upperBound, k - range.lowerBound < 5, bytes[k] >= 0x61, bytes[k] <= 0x7A { k += 1 }
        guard k < range.upperBound, bytes[k] == UInt8(ascii: "-"), k - range.lowerBound >= 2,
              range.upperBound - (k + 1) >= 3, bytes[k + 1] >= 0x41, bytes[k + 1] <= 0x5A else { return nil }
        let article = bytes[range.lowerBound..<k]
        guard Self.arabicArticles.contains(where: { $0.elementsEqual(article) }) else { return nil }
        return (k + 1)..<range.upperBound
    }

    static let arabicArticles: [[UInt8]] = ["al", "el", "as", "asch", "ad", "ar", "at", "an"].map { Array($0.utf8) }

    /// Surnames of persons named in full earlier count alone later (`Heidi Klum … Klum`).
    func addSurnames(to selected: inout [EntityCandidate]) {
        let fullNames = selected.lazy.filter { $0.label == .person && $0.length >= 2 && $0.form == .name }
        guard !fullNames.isEmpty else { return }
        var surnames = SurnameIndex(bytes: bytes, capacity: fullNames.count)
        for c in fullNames {
            let surname = tokens[c.end - 1].byteRange
            surnames.addIfNew(surname, c)
            // An Arabic article is often dropped: "Omar al-Baschir … Baschir".
            if let bare = withoutArabicArticle(surname) { surnames.addIfNew(bare, c) }
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for c in selected { for t in c.start..<c.end { covered[t] = true } }
        var added: [EntityCandidate] = []
        for (i, token) in tokens.enumerated() where !covered[i] && token.kind == .word && token.flags.contains(.capitalized) {
            var key = token.byteRange
            var known = surnames.person(key)
            if known == nil, bytes[key.upperBound - 1] == UInt8(ascii: "s") {  // genitive "Kadyrovs"
                key = key.lowerBound..<(key.upperBound - 1)
                known = surnames.person(key)
            }
            if let full = known, full.start < i || full.entry != Entity.noEntry {
                added.append(EntityCandidate(start: i, end: i + 1, label: .person, form: .name, entry: full.entry, rank: 2,
                                             antecedentStart: full.entry == Entity.noEntry ? full.start : nil))
            }
        }
        guard !added.isEmpty else { return }
        selected = (selected + added).sorted { $0.start < $1.start }
    }
}
