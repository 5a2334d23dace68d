import LesartCore
import LesartTokenization

/// Names listed in the gazetteer: the longest phrase at a token, with evidence for a
/// form that is also an ordinary word, and a listed compound broken at a line end.
extension EntityScan {
    /// The longest listed phrase starting at token `i` (`isCompound`: the token holds a
    /// hyphen). A form that is also an ordinary word needs evidence (``hasEvidence(for:at:)``)
    /// unless the phrase is longer than one token. `rootState` is the matcher's
    /// ``PhraseMatcher/rootState(_:)`` of the token's id.
    @inline(__always) func addListedName(at i: Int, isCompound: Bool, rootState: Int32, to candidates: inout [EntityCandidate]) {
        guard let (end, match) = matcher.longestMatch(wordIDs, from: i, rootState: rootState) else { return }
        // A listed compound (`EU-Kommission`) yields to the name inside it, as a part; a place
        // listed as a compound (`Guinea-Bissau`, `Kongo-Brazzaville`) is that place.
        let isPlaceName = match.label == .location && match.form == .name
        let source: CandidateSource = end == i + 1 && isCompound && !isPlaceName ? .listedCompound : .listedName
        var candidate = EntityCandidate(start: i, end: end, label: match.label, form: match.form,
                                        entry: match.entry, source: source)
        // "die Schweden", "den Polen": the people, not the country.
        if end == i + 1, i > 0, match.label == .location, isArticle(i - 1), roles(i).contains(.peopleHomograph) {
            candidate.form = .derived
        }
        if !match.isAmbiguous || end - i >= 2 || hasEvidence(for: match.label, at: i) {
            candidates.append(candidate)
        }
    }

    /// A compound broken at a line end and rejoined with a space: "Mecklenburg- Vorpommern"
    /// is looked up as "Mecklenburg-Vorpommern".
    /// `token` is `tokens[i]`, read once by the caller.
    @inline(__always) func addBrokenCompound(at i: Int, token: Token, to candidates: inout [EntityCandidate]) {
        guard token.kind == .word, !token.flags.contains(.spaceAfter), i + 2 < tokens.count else { return }
        let hyphen = tokens[i + 1]
        guard hyphen.flags.contains(.spaceAfter),
              hyphen.end - hyphen.start == 1, bytes[Int(hyphen.start)] == UInt8(ascii: "-"),
              tokens[i + 2].kind == .word, tokens[i + 2].flags.contains(.capitalized) else { return }
        let bytes = bytes
        let first = token.byteRange
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
                                              entry: match.entry, source: .brokenCompound))
        }
    }


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
}
