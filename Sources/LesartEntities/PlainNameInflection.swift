/// ``GermanInflection/nameForms(_:)`` on the bytes of a name made of plain words (ASCII
/// and Latin-1 letters separated by single spaces, see ``Gazetteer/isPlainWords(_:)``),
/// where every letter is one Character and one scalar, capitals are `A`–`Z` and
/// `À`–`Þ`, and case is ASCII: the same forms in the same order, without building Strings.
enum PlainNameInflection {
    /// All forms of the plain-word name `base`, the base included; nil when `base` is not
    /// plain words.
    static func nameForms(_ base: [UInt8]) -> [[UInt8]]? {
        guard Gazetteer.isPlainWords(base) else { return nil }
        guard base.contains(0x20) else { return oneWordForms(base) }
        let words = base.split(separator: 0x20).map(Array.init)
        guard let last = words.last else { return [] }
        var heads: [[[UInt8]]] = [Array(words.dropLast())]
        for (index, word) in words.dropLast().enumerated() where index < 2 {
            guard let stem = adjectiveStem(word) else { continue }
            var grown: [[[UInt8]]] = []
            for head in heads {
                for ending in Self.adjectiveEndings {
                    var copy = head
                    copy[index] = stem + ending
                    grown.append(copy)
                }
            }
            heads += grown
        }
        var lasts = [last]
        lasts += genitives(of: last)
        if letterCount(last) >= 3, last.last == UInt8(ascii: "e"), isCapitalised(last) { lasts.append(last + [UInt8(ascii: "n")]) }
        var result: [[UInt8]] = []
        for head in heads {
            for tail in lasts {
                var form: [UInt8] = []
                for word in head {
                    form += word
                    form.append(0x20)
                }
                form += tail
                if !result.contains(form) { result.append(form) }
            }
        }
        return result
    }

    /// The forms of a one-word name: the word, its genitives, and `-n` after a capitalised
    /// `-e` (`Linke` → `Linken`), each once.
    static func oneWordForms(_ word: [UInt8]) -> [[UInt8]] {
        var result = [word]
        for form in genitives(of: word) where !result.contains(form) { result.append(form) }
        if word.last == UInt8(ascii: "e"), letterCount(word) >= 3, isCapitalised(word) {
            let form = word + [UInt8(ascii: "n")]
            if !result.contains(form) { result.append(form) }
        }
        return result
    }

    /// The endings a declined adjective inside a name takes (`Vereinigt` + `e`, `en`, …).
    static let adjectiveEndings: [[UInt8]] = ["e", "en", "er", "es", "em"].map { Array($0.utf8) }
    /// The endings ``adjectiveStem(_:)`` strips, in the order it tries them.
    static let strippedEndings: [[UInt8]] = ["en", "er", "es", "em", "e"].map { Array($0.utf8) }

    /// See ``GermanInflection/genitives(of:)``: `s`, `ß`, `x`, `z` take an apostrophe (and
    /// `-es` in words of up to four letters), `-land` takes `-s` and `-es`, others `-s`.
    static func genitives(of word: [UInt8]) -> [[UInt8]] {
        let last = word.last ?? 0
        let endsInSibilant = last | 0x20 == UInt8(ascii: "s") || last | 0x20 == UInt8(ascii: "x")
            || last | 0x20 == UInt8(ascii: "z") || (last == 0x9F && word.count >= 2 && word[word.count - 2] == 0xC3)
        if endsInSibilant {
            return letterCount(word) <= 4 ? [word + Array("es".utf8), word + [UInt8(ascii: "'")]] : [word + [UInt8(ascii: "'")]]
        }
        let endsInLand = word.count >= 4 && word.suffix(4).elementsEqual("land".utf8) { $0 < 0x80 && $0 | 0x20 == $1 }
        return endsInLand ? [word + [UInt8(ascii: "s")], word + Array("es".utf8)] : [word + [UInt8(ascii: "s")]]
    }

    /// See ``GermanInflection/adjectiveStem(_:)``.
    static func adjectiveStem(_ word: [UInt8]) -> [UInt8]? {
        guard letterCount(word) >= 5, isCapitalised(word) else { return nil }
        for ending in strippedEndings where word.count >= ending.count && word.suffix(ending.count).elementsEqual(ending) {
            return Array(word.dropLast(ending.count))
        }
        return nil
    }

    /// The number of letters (scalars) of a plain word.
    static func letterCount(_ word: [UInt8]) -> Int {
        word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Whether a plain word starts with a capital: `A`–`Z` or `À`–`Þ`.
    static func isCapitalised(_ word: [UInt8]) -> Bool {
        guard let first = word.first else { return false }
        return first >= 0x41 && first <= 0x5A || (first == 0xC3 && word.count > 1 && word[1] < 0x9F)
    }
}
