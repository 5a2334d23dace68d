import LesartCore
import LesartTokenization

/// Organisations by form: legal forms, club prefixes, institution words, newspapers and
/// teams (`organisation-words.txt`), and names built around a place.
extension EntityScan {
    /// Organisations recognised by their shape: a legal form after the name (`Läpple
    /// AG`), a club prefix before it (`VfL Osnabrück`), an institution word with its
    /// field (`Bundesamt für Gesundheit`), place or name (`Universität Gießen`, `Hirzel
    /// Verlag`), a newspaper word after a place adjective (`Berliner Zeitung`), or a team
    /// word after a city (`Northampton Town`).
    /// `kind` and `id` are token `i`'s, read once by the caller.
    @inline(__always) func addOrganisationByForm(at i: Int, kind: TokenKind, id: Int32, to candidates: inout [EntityCandidate]) {
        guard kind == .word || kind == .abbreviation, id >= 0, let use = gazetteer.organisationUses[Int(id)] else { return }
        let span: Range<Int>?
        switch use {
        case .legal: span = organisationBeforeLegalForm(i)
        case .club: span = clubAfterPrefix(i)
        case .head: span = institutionAround(i)
        case .media: span = newspaperBefore(i)
        case .team: span = teamBefore(i)
        }
        if let span {
            candidates.append(EntityCandidate(start: span.lowerBound, end: span.upperBound, label: .organisation,
                                              form: .name, entry: Entity.noEntry, source: .organisationByForm))
        }
    }

    /// The name before the legal form at `i`, with the form: up to three name words, `&`
    /// and particles between them ("Läpple AG", "Müller & Söhne GmbH").
    func organisationBeforeLegalForm(_ i: Int) -> Range<Int>? {
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
        return words > 0 && k < i ? k..<(i + 1) : nil
    }

    /// The club prefix at `i` with up to three name words or numbers after it ("VfL
    /// Osnabrück", "FC Bayern München", "1. FC Köln" with the ordinal before).
    func clubAfterPrefix(_ i: Int) -> Range<Int>? {
        var j = i + 1
        while j < tokens.count, j - i <= 3,
              isOrganisationNameWord(j) || (tokens[j].kind == .number && j > i + 1) { j += 1 }
        guard j > i + 1 else { return nil }
        let start = i > 0 && tokens[i - 1].kind == .ordinal ? i - 1 : i
        return start..<j
    }

    /// The institution word at `i` with its field after a linking word ("Bundesamt für
    /// Gesundheit", "Akademie der Wissenschaften"), with name words after it ("Universität
    /// Gießen"), or after one name word ("Hirzel Verlag").
    func institutionAround(_ i: Int) -> Range<Int>? {
        let next = i + 1
        guard next < tokens.count else { return nil }
        if roles(next).contains(.institutionLink) {
            let end = institutionFieldEnd(after: next)
            return end > next + 1 ? i..<end : nil
        } else if isOrganisationNameWord(next) {
            var j = next + 1
            while j < tokens.count, j - next < 3, isOrganisationNameWord(j) { j += 1 }
            return i..<j
        } else if i > 0, !sentenceStart[i], isOrganisationNameWord(i - 1), !isArticle(i - 1) {
            return (i - 1)..<(i + 1)
        }
        return nil
    }

    /// The end of an institution's field after the linking word at `link`: up to seven
    /// words, ending after the last capitalised one; lowercase words may be joiners
    /// (`und`), articles or inflected adjectives (`für öffentliche Sicherheit`). 0 when
    /// none is capitalised.
    func institutionFieldEnd(after link: Int) -> Int {
        var j = link + 1
        var end = 0
        while j < tokens.count, j - link <= 7 {
            let t = tokens[j]
            guard t.kind == .word, !sentenceStart[j] else { break }
            let w = bytes[t.byteRange]
            if t.flags.contains(.capitalized) {
                if gazetteer.profile.isSentenceStarter(w) && !isArticle(j) { break }
                end = j + 1
            } else if !(roles(j).contains(.institutionJoiner) || isArticle(j)
                        || (w.last == UInt8(ascii: "n") || w.last == UInt8(ascii: "e") || w.last == UInt8(ascii: "r"))
                           && w.count > 3) {
                break
            }
            j += 1
        }
        return end
    }

    /// The newspaper word at `i` with the place adjective before it ("Berliner Zeitung"),
    /// and an adjective between ("Passauer Neue(n) Presse").
    func newspaperBefore(_ i: Int) -> Range<Int>? {
        var k = i - 1
        if k > 0, tokens[k].flags.contains(.capitalized), isAdjectiveForm(k), k - 1 >= 0, isPlaceAdjectiveInEr(k - 1) {
            k -= 1
        }
        return k >= 0 && isPlaceAdjectiveInEr(k) ? k..<(i + 1) : nil
    }

    /// The team word at `i` with a listed place before it ("Northampton Town").
    func teamBefore(_ i: Int) -> Range<Int>? {
        guard i > 0, let m = tokenMatch(i - 1), m.label == .location else { return nil }
        return (i - 1)..<(i + 1)
    }

    /// A place inside an organisation's name: an acronym before a city (`THW Kiel`,
    /// `TH Zürich`), or English team words after one (`Chicago Bulls`, `Detroit Red Wings`).
    /// `m` is the token's match, a place name (the caller's test: most tokens are none).
    func addOrganisationAroundPlace(at i: Int, place m: PhraseMatch, to candidates: inout [EntityCandidate]) {
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.spaceAfter), isAllCapitals(tokens[i - 1]),
           tokens[i - 1].end - tokens[i - 1].start <= 5, tokenMatch(i - 1) == nil {
            candidates.append(EntityCandidate(start: i - 1, end: i + 1, label: .organisation, form: .name,
                                              entry: Entity.noEntry, source: .organisationAroundPlace))
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
                                          entry: Entity.noEntry, source: .organisationAroundPlace))
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
}
