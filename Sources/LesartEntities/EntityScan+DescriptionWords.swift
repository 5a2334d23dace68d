import LesartCore
import LesartTokenization

/// The word tests of ``EntityScan/addDescriptions(to:)``: articles, adjectives, genitives
/// and the mentions before a token.
extension EntityScan {
    /// Whether a definite article (or a preposition fused with one: "im", "vom") stands
    /// before the noun at `i`, possibly with up to two lowercase words between ("des
    /// international isolierten Landes"), adjectives or adverbs not covered by a mention.
    func hasDefiniteArticle(before i: Int, _ context: DescriptionContext) -> Bool {
        var k = i - 1
        var skipped = 0
        while k >= 0, !sentenceStart[k + 1] {
            if isArticle(k) { return true }
            // Next to the noun an adjective; before it an adverb ("international isolierten").
            guard skipped < 2, context.owner[k] < 0,
                  skipped == 0 ? isLowercaseAdjective(k) : isLowercaseWord(k) else { return false }
            skipped += 1
            k -= 1
        }
        return false
    }

    /// A lowercase word with an adjective ending (`oberster`, `neue`, `isolierten`).
    func isLowercaseAdjective(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, tokens[k].flags.contains(.lowercase) else { return false }
        let w = bytes[tokens[k].byteRange]
        guard let last = w.last, w.count > 3 else { return false }
        return last == UInt8(ascii: "e") || last == UInt8(ascii: "n") || last == UInt8(ascii: "r") || last == UInt8(ascii: "s")
    }

    /// A lowercase word of more than three letters (no short preposition: "von", "mit").
    func isLowercaseWord(_ k: Int) -> Bool {
        tokens[k].kind == .word && tokens[k].flags.contains(.lowercase) && tokens[k].end - tokens[k].start > 3
    }

    /// A lowercase adjective made from a noun or name: `prorussische`, `islamistischen`,
    /// `kurdische`, `radikal-islamische` (an ending `-ische`, `-ischen`, `-ischer`).
    func isDenominalAdjective(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, tokens[k].flags.contains(.lowercase) else { return false }
        let w = bytes[tokens[k].byteRange]
        for ending in gazetteer.affixes.groupAdjectiveEndings where w.count > ending.count + 2 && w.suffix(ending.count).elementsEqual(ending) {
            return true
        }
        return false
    }

    /// Whether the mention ends in a genitive `-s` the name itself lacks: "Irans", "Pekings".
    func endsInGenitive(_ c: EntityCandidate) -> Bool {
        let last = tokens[c.end - 1].byteRange
        guard bytes[last.upperBound - 1] == UInt8(ascii: "s"), c.entry != Entity.noEntry else { return false }
        let canonical = gazetteer.entries[Int(c.entry)].canonical.utf8
        return canonical.last != UInt8(ascii: "s") || last.count > canonical.count
    }

    /// Whether the compound at `i` starts with a prefix of `organ-prefixes.txt`
    /// (`Regierungstruppen`) and goes on after it.
    func hasOrganPrefix(_ i: Int) -> Bool {
        let w = bytes[tokens[i].byteRange]
        return gazetteer.affixes.organPrefixes.contains { w.count > $0.count && w.prefix($0.count).elementsEqual($0) }
    }

    /// Whether the mention is a place after a location preposition ("in Kairo", "nach
    /// Sirte"): where something happens, not an actor the text is about.
    func isLocative(_ c: EntityCandidate) -> Bool {
        c.label == .location && c.start > 0 && roles(c.start - 1).contains(.locationCue)
    }

    /// Whether a genitive phrase follows the noun at `i` ("die Führung der Partei"): its
    /// owner is named there, not the document's state.
    func hasGenitiveAfter(_ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].flags.contains(.spaceAfter) else { return false }
        return roles(i + 1).contains(.genitiveArticle)
    }

    /// The person acting for a state who leads the role noun at `i`: "die Regierung von
    /// [Premier] Manuel Valls", "die Armee unter Präsident X" (a title noun may stand between).
    func leader(of i: Int, _ mention: (Int) -> EntityCandidate?) -> EntityCandidate? {
        guard i + 2 < tokens.count, roles(i + 1).contains(.leaderLink) else { return nil }
        var k = i + 2
        if mention(k) == nil, tokens[k].flags.contains(.capitalized), roles(k).contains(.actorNoun) || roles(k).contains(.roleWord) {
            k += 1
        }
        guard let person = mention(k), person.start == k, person.label == .person, person.form == .name,
              country(of: person) != nil else { return nil }
        return person
    }

    /// Whether the noun at `i` is followed by "in", "von" or "unter" and a capitalised word:
    /// its place or leader is named there ("die Regierung in Wiener Neustadt", "die
    /// Regierung von Alain Juppé"), so it refers to no earlier state.
    func hasOwnerAfter(_ i: Int) -> Bool {
        guard i + 2 < tokens.count, tokens[i].flags.contains(.spaceAfter),
              !roles(i + 1).isDisjoint(with: [.leaderLink, .seatPreposition]) else { return false }
        return tokens[i + 2].flags.contains(.capitalized)
    }

    /// Whether the mention is in a prepositional phrase (of place, origin, goal): a
    /// preposition before it, an article or adjective between ("aus der Türkei", "von der
    /// kroatischen Grenze", "gegen Nordkorea"): not the state that acts.
    func isInPrepositionalPhrase(_ c: EntityCandidate) -> Bool {
        var k = c.start - 1
        var skipped = 0
        while k >= 0, skipped < 2, !sentenceStart[k + 1], isArticle(k) || isLowercaseAdjective(k),
              roles(k).isDisjoint(with: [.locationCue, .preposition]) {
            k -= 1
            skipped += 1
        }
        return k >= 0 && !sentenceStart[k + 1] && !roles(k).isDisjoint(with: [.locationCue, .preposition])
    }

    /// Whether the group noun at `i` is counted (a number or quantifier before it, an
    /// adjective between): "zwei Jihadisten", "mindestens 25 Rebellen", "mehrere hundert
    /// bewaffnete Rebellen" are members, not the group named before.
    func isCounted(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, !sentenceStart[k + 1], isLowercaseAdjective(k), !roles(k).contains(.quantifier) { k -= 1 }
        guard k >= 0, !sentenceStart[k + 1] else { return false }
        return tokens[k].kind == .number || roles(k).contains(.quantifier)
    }

    /// Whether a capitalised word no mention covers follows the noun at `i` (not another
    /// actor noun): a name the gazetteer does not know ("Königs Servio Tullio").
    func hasUnknownNameAfter(_ i: Int, _ context: DescriptionContext) -> Bool {
        guard i + 1 < tokens.count, context.owner[i + 1] < 0, tokens[i].flags.contains(.spaceAfter) else { return false }
        return tokens[i + 1].kind == .word && tokens[i + 1].flags.contains(.capitalized) && !roles(i + 1).contains(.actorNoun)
    }

    /// Whether a name follows the noun at `i` directly ("Rebellengruppe ADF", "das Land
    /// Brandenburg").
    func hasNameAfter(_ i: Int, _ context: DescriptionContext) -> Bool {
        guard i + 1 < tokens.count, tokens[i].flags.contains(.spaceAfter) else { return false }
        let k = context.owner[i + 1]
        return k >= 0 && k != Int32.max
    }

    /// The last mention of `selected` that ends before `i` and satisfies `accepts`.
    func lastMention(before i: Int, _ selected: [EntityCandidate], _ context: DescriptionContext,
                     where accepts: (EntityCandidate) -> Bool) -> EntityCandidate? {
        var low = 0
        var high = selected.count
        while low < high {
            let middle = (low + high) / 2
            if selected[middle].end <= i { low = middle + 1 } else { high = middle }
        }
        var k = low - 1
        while k >= 0 {
            if accepts(selected[k]) { return selected[k] }
            k -= 1
        }
        return nil
    }
}
