import LesartCore
import LesartWords

/// Sentences glued together without final punctuation: a headline or intertitle run into
/// the text of a news page ("EU besorgt Die Kommission reagierte …"), a review or post
/// whose sentences end without a full stop ("super Essen Wir kommen wieder").
///
/// German writes its closed-class words (articles, pronouns, conjunctions, prepositions,
/// adverbs: sentence-starters.txt) with a small letter inside a sentence, so one written
/// with a capital right after a word begins a new sentence. Four kinds of capital inside
/// a sentence are not such a start: words also written with a capital there (polite
/// address `Können Sie …`, nouns `am Morgen`, `ein klares Nein`: capitalised-inside.txt),
/// a nominalised word after a determiner and an adjective (`das eigene Ich`),
/// the first word of a title after a word that introduces one (a preposition, article or
/// conjunction `in Der Pate`, `und Die Welt`; a genre noun `der Roman Die Blechtrommel`:
/// title-heads.txt; a verb after a comma `…, berichtet Die Welt`), and the first part of
/// a truncated compound (`Vor- und Nachteile` under UD: `Vor` `-`).
extension SplitterTokens {
    /// Whether token `k` (after a word or number on the same paragraph) opens a new
    /// sentence glued to the one before.
    @inline(__always)
    func startsGluedSentence(_ k: Int, sentenceStart: Int) -> Bool {
        let t = tokens[k]
        let i = k - 1
        guard profile.rules.gluedSentences, t.kind == .word, t.flags.contains(.capitalized),
              tokens[i].flags.contains(.spaceAfter),
              profile.sentenceStarterShapes.mayContain(word: bytes, Int(t.start), Int(t.end)),
              profile.sentenceStarters.value(for: bytes[t.byteRange]) != nil else { return false }
        return profile.capitalisedInside.value(for: bytes[t.byteRange]) == nil && !beginsTruncation(k)
            && !introducesTitle(i, sentenceStart: sentenceStart) && !endsNounPhrase(k, sentenceStart: sentenceStart)
    }

    /// Whether the capitalised word at `k` is the noun of a phrase opened by a closed-class
    /// word and an inflected adjective in `-e` or `-es` (`das eigene Ich`, `mein zweites
    /// Ich`): a nominalised word, not a sentence start.
    func endsNounPhrase(_ k: Int, sentenceStart: Int) -> Bool {
        let adjective = k - 1, determiner = k - 2
        guard determiner >= sentenceStart, tokens[adjective].kind == .word, tokens[adjective].flags.contains(.lowercase),
              tokens[determiner].kind == .word else { return false }
        let end = Int(tokens[adjective].end)
        let last = bytes[end - 1]
        let inflected = last == UInt8(ascii: "e") || (last == UInt8(ascii: "s") && end - 2 > Int(tokens[adjective].start)
            && bytes[end - 2] == UInt8(ascii: "e"))
        return inflected && isClosedClassWord(bytes[tokens[determiner].byteRange])
    }

    /// Whether word `i` can stand right before a title: a closed-class word in either case
    /// (`in`, `und`, `der`, `Als`), a genre noun or a compound ending in one
    /// (`Tageszeitung`, `ARD-Krimi`), or the one word after a comma (`…, sagte Die Welt`).
    func introducesTitle(_ i: Int, sentenceStart: Int) -> Bool {
        let word = bytes[tokens[i].byteRange]
        if tokens[i].kind == .word {
            if isClosedClassWord(word) { return true }
            if endsInTitleHead(word) { return true }
        }
        return i > sentenceStart && tokens[i - 1].kind == .punctuation && length(i - 1) == 1
            && first(i - 1) == UInt8(ascii: ",")
    }

    /// Whether `word` is a closed-class sentence starter as written or with its first letter
    /// a capital (`in`, `über`, `Als`; not the answer words: `genau` may end a headline).
    func isClosedClassWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if profile.closedClassStarters.value(for: word) != nil { return true }
        let s = word.startIndex
        guard let flip = CaseFlip.uppercasing(word[s], word.count > 1 ? word[s + 1] : 0) else { return false }
        return profile.closedClassStarters.lookup(PatchedBytes(word, replacing: s + flip.offset, with: flip.byte)) != nil
    }

    /// Whether `word` is a genre noun of title-heads.txt or a compound ending in one: each
    /// ending of three or more bytes that starts a character is looked up, its first
    /// letter in either case.
    func endsInTitleHead(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var s = word.startIndex
        while word.endIndex - s >= 3 {
            if word[s] & 0xC0 != 0x80, profile.titleHeads.value(foldingFirstLetterOf: word[s..<word.endIndex]) != nil {
                return true
            }
            s += 1
        }
        return false
    }

    /// Whether a word token lies in `range`.
    func holdsWord(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word }
    }

    /// Whether the word at `k` is the first part of a truncated compound: a hyphen follows
    /// it directly (`Vor` `-` `und Nachteile`).
    func beginsTruncation(_ k: Int) -> Bool {
        k + 1 < tokens.count && !tokens[k].flags.contains(.spaceAfter) && tokens[k + 1].kind == .punctuation
            && length(k + 1) == 1 && first(k + 1) == UInt8(ascii: "-")
    }
}
