import LesartCore
import LesartTokenization

/// Surnames of persons named in full earlier, repeated alone (`Heidi Klum … Klum`,
/// `Omar al-Baschir … Baschir`).
extension EntityScan {
    /// Surnames of persons named in full earlier count alone later (`Heidi Klum … Klum`),
    /// also where the surname is a first name too and was taken for one alone (`Omar
    /// al-Bashir … Bashir`).
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
        // The words no mention covers lie between the covering mentions (`selected` is sorted
        // by start, without overlaps): only those gaps are read.
        var added: [EntityCandidate] = []
        var gapStart = 0
        for c in selected where c.source != .loneFirstName && !isPlaceHomonym(c) {
            addRepeatedSurnames(in: gapStart..<c.start, surnames, to: &added)
            gapStart = c.end
        }
        addRepeatedSurnames(in: gapStart..<tokens.count, surnames, to: &added)
        guard !added.isEmpty else { return }
        // Both lists are sorted by start, and a repeated surname starts at no covering mention:
        // merged in one pass, where a lone first name or place homonym at its token yields to it.
        var merged: [EntityCandidate] = []
        merged.reserveCapacity(selected.count + added.count)
        var next = 0
        for c in selected {
            while next < added.count && added[next].start < c.start {
                merged.append(added[next])
                next += 1
            }
            if next < added.count && added[next].start == c.start && (c.source == .loneFirstName || isPlaceHomonym(c)) { continue }
            merged.append(c)
        }
        merged.append(contentsOf: added[next...])
        selected = merged
    }

    /// The surnames of `surnames` repeated alone (or in the genitive: "Kadyrovs") among the
    /// capitalised words of `range`, which no mention covers.
    @inline(__always)
    func addRepeatedSurnames(in range: Range<Int>, _ surnames: SurnameIndex, to added: inout [EntityCandidate]) {
        for i in range {
            let token = tokens[i]
            guard token.kind == .word, token.flags.contains(.capitalized) else { continue }
            var key = token.byteRange
            var known = surnames.mayHold(key) ? surnames.person(key) : nil
            if known == nil, bytes[key.upperBound - 1] == UInt8(ascii: "s") {  // genitive "Kadyrovs"
                key = key.lowerBound..<(key.upperBound - 1)
                known = surnames.mayHold(key) ? surnames.person(key) : nil
            }
            if let full = known, full.start < i || full.entry != Entity.noEntry {
                added.append(EntityCandidate(start: i, end: i + 1, label: .person, form: .name, entry: full.entry, source: .repeatedSurname,
                                             antecedentStart: full.entry == Entity.noEntry ? full.start : nil))
            }
        }
    }

    /// A one-word place that is no actor and stands where no location word points to it
    /// (not "in León"): after a full mention of a person with that surname, the person
    /// ("Klaus Schneeberger … Schneeberger", "Bernardino León … León").
    func isPlaceHomonym(_ c: EntityCandidate) -> Bool {
        guard c.length == 1, c.label == .location, c.form == .name || c.form == .derived, c.entry != Entity.noEntry,
              !gazetteer.entryIsActor[Int(c.entry)] else { return false }
        return c.start == 0 || !roles(c.start - 1).contains(.locationCue)
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
        guard gazetteer.affixes.arabicArticles.contains(where: { $0.elementsEqual(article) }) else { return nil }
        return (k + 1)..<range.upperBound
    }
}
