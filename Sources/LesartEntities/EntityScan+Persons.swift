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
        // An initial before a surname: "A. Wiegemann", "H. Dietz".
        if token.kind == .abbreviation, token.end - token.start == 2, token.flags.contains(.capitalized),
           token.flags.contains(.spaceAfter), i + 1 < tokens.count, isNameWord(i + 1),
           !(i > 0 && tokens[i - 1].kind == .abbreviation) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .personByRule))
            return
        }
        // A known first name before an initial ("Nico G."). A first name alone is not
        // tagged: too many are also words, brands or parts of titles.
        if token.flags.contains(.capitalized), roles(i).contains(.firstName), !isAllCapitals(token),
           i + 1 < tokens.count, tokens[i + 1].kind == .abbreviation,
           tokens[i + 1].end - tokens[i + 1].start == 2, tokens[i + 1].flags.contains(.capitalized) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name,
                                              entry: Entity.noEntry, source: .firstNameAndInitial))
        }
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
}
