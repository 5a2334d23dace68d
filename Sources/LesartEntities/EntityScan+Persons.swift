import LesartCore
import LesartTokenization

/// Persons by rule: a known first name before a capitalised word, a role word before a
/// name, an initial before a surname.
extension EntityScan {
    /// A known first name before a capitalised word (`Heidi Klum`), or a role word before
    /// a name (`Ministerpräsident Boris Rhein`, `US-Präsident Trump`).
    func addPerson(at i: Int, lastHyphen: Int?, to candidates: inout [EntityCandidate]) {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .abbreviation else { return }
        if token.flags.contains(.capitalized), isFirstName(i, lastHyphen: lastHyphen),
           let end = nameEnd(from: i + 1, particleFirst: true), end > i + 1 {
            candidates.append(EntityCandidate(start: i, end: end, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .personByRule))
            return
        }
        if isRoleWord(i, lastHyphen: lastHyphen), let end = nameEnd(from: i + 1, particleFirst: false), end > i + 1 {
            candidates.append(EntityCandidate(start: i + 1, end: end, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .personByRule))
            return
        }
        // Every rule below starts at a capitalised word: most words end here.
        guard token.flags.contains(.capitalized) else { return }
        // An initial before a surname: "A. Wiegemann", "H. Dietz".
        if token.kind == .abbreviation, token.end - token.start == 2, token.flags.contains(.capitalized),
           token.flags.contains(.spaceAfter), i + 1 < tokens.count, isNameWord(i + 1),
           !(i > 0 && tokens[i - 1].kind == .abbreviation) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .personByRule))
            return
        }
        // A known first name before an initial ("Nico G.").
        if token.flags.contains(.capitalized), roles(i).contains(.firstName), !isAllCapitals(token),
           i + 1 < tokens.count, tokens[i + 1].kind == .abbreviation,
           tokens[i + 1].end - tokens[i + 1].start == 2, tokens[i + 1].flags.contains(.capitalized) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .firstNameAndInitial))
            return
        }
        // A first name with a regnal number: "Elisabeth II.", "Bernhard IV.".
        if token.flags.contains(.capitalized), i + 1 < tokens.count, tokens[i + 1].kind == .ordinal,
           isRomanNumeral(tokens[i + 1]), isFirstName(i, lastHyphen: lastHyphen) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .personByRule))
            return
        }
        if isSpeakerAfterVerb(i) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .personByRule))
            return
        }
        if isLoneFirstName(i, lastHyphen: lastHyphen) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .loneFirstName))
        }
    }

    /// Whether ``addPerson(at:lastHyphen:to:)`` may find a person at token `i`: every rule
    /// there needs a listed first name or role word (alone or as a part after a hyphen), an
    /// abbreviation, or a speech verb before. Most words are none, and are spared the call.
    @inline(__always) func mayStartPerson(at i: Int, lastHyphen: Int?) -> Bool {
        mayStartPerson(lastHyphen: lastHyphen, roles: roles(i), kind: tokens[i].kind, previousRoles: i > 0 ? roles(i - 1) : [])
    }

    /// ``mayStartPerson(at:lastHyphen:)`` with the word lists and kind of the token and the word
    /// lists of the token before (empty at the first), read once by the scan's loop.
    @inline(__always) func mayStartPerson(lastHyphen: Int?, roles: WordRoles, kind: TokenKind, previousRoles: WordRoles) -> Bool {
        lastHyphen != nil || !roles.isDisjoint(with: [.firstName, .roleWord]) || kind == .abbreviation
            || previousRoles.contains(.speechVerb)
    }

    /// An ordinal written in Roman numerals (`II.`, `XIV.`).
    func isRomanNumeral(_ token: Token) -> Bool {
        let range = token.byteRange
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: ".") else { return false }
        return bytes[range.lowerBound..<(range.upperBound - 1)].allSatisfy { "IVXLC".utf8.contains($0) }
    }

    /// An unlisted capitalised word right after a reporting verb and before punctuation:
    /// the speaker of inverted speech ("…", sagte Pfister. / erklärte Hill, …).
    @inline(__always) func isSpeakerAfterVerb(_ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, roles(i - 1).contains(.speechVerb), isNameWord(i),
              tokens[i + 1].kind == .punctuation, tokenMatch(i) == nil else { return false }
        let next = bytes[tokens[i + 1].byteRange]
        return next.count == 1 && ".,;:".utf8.contains(next[next.startIndex])
    }

    /// A listed first name standing alone ("Gestern kam Judith."): not all capitals, not
    /// a word that opens sentences, and no capitalised word next to it that is not
    /// sentence-initial (`San Remo`, `Hagia Sophia`, `Telecom Italia`, `Victor FB`: part
    /// of another name). Names the gazetteer lists win over it (`Paris`).
    @inline(__always) func isLoneFirstName(_ i: Int, lastHyphen: Int?) -> Bool {
        let token = tokens[i]
        guard token.kind == .word, token.flags.contains(.capitalized), isFirstName(i, lastHyphen: lastHyphen),
              !isAllCapitals(token), !gazetteer.profile.isSentenceStarter(bytes[token.byteRange]) else {
            return false
        }
        if i > 0, !sentenceStart[i], tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.capitalized) { return false }
        if i + 1 < tokens.count, !sentenceStart[i + 1], tokens[i + 1].flags.contains(.capitalized),
           tokens[i + 1].kind == .word || tokens[i + 1].kind == .abbreviation {
            return false
        }
        return true
    }

    /// Whether token `i` is a listed first name, or two joined by a hyphen (`Karl-Heinz`,
    /// `Hans-Peter`: every part a listed first name).
    @inline(__always) func isFirstName(_ i: Int, lastHyphen: Int?) -> Bool {
        roles(i).contains(.firstName) || lastHyphen != nil && isHyphenatedFirstName(i)
    }

    /// Whether every part of token `i` between hyphens is a listed first name.
    func isHyphenatedFirstName(_ i: Int) -> Bool {
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
    @inline(__always) func isRoleWord(_ i: Int, lastHyphen: Int?) -> Bool {
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
}
