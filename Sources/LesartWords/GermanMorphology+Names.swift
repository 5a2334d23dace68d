extension GermanMorphology {
    /// All forms of a name written with space-separated words, the base included:
    /// genitive `-s`/`-es`/apostrophe of the last word (`Russlands`, `Paris'`), adjectival
    /// nouns (`Linke` → `Linken`), and declined adjectives among the first two words
    /// (`Vereinigte Staaten` → `Vereinigten Staaten`, `Naher Osten` → `Nahen Ostens`).
    package static func nameForms(_ base: String) -> [String] {
        let words = base.split(separator: " ").map(String.init)
        guard let last = words.last else { return [] }
        var heads: [[String]] = [Array(words.dropLast())]
        // Declined adjectives before the head noun: "Vereinigte" → "Vereinigten", …
        for (index, word) in words.dropLast().enumerated() where index < 2 {
            guard let stem = adjectiveStem(word) else { continue }
            var grown: [[String]] = []
            for head in heads {
                for ending in adjectiveEndings.dropFirst() {
                    var copy = head
                    copy[index] = stem + ending
                    grown.append(copy)
                }
            }
            heads += grown
        }
        var lasts = [last]
        lasts += genitives(of: last)
        if last.count >= 3, last.hasSuffix("e"), isCapitalised(last) { lasts.append(last + "n") }
        var result: [String] = []
        var seen = Set<String>()
        for head in heads {
            for tail in lasts {
                let form = (head + [tail]).joined(separator: " ")
                if seen.insert(form).inserted { result.append(form) }
            }
        }
        return result
    }

    /// Genitive forms of a name's last word: `Russland` → `Russlands`, `Haus` → `Hauses`,
    /// `Paris` → `Paris'`. None for words ending in a digit or punctuation.
    package static func genitives(of word: String) -> [String] {
        guard let last = word.unicodeScalars.last, last.properties.isAlphabetic else { return [] }
        let lower = word.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("ß") || lower.hasSuffix("x") || lower.hasSuffix("z") {
            // Monosyllables take -es ("Hauses"); names take an apostrophe ("Paris'").
            return word.count <= 4 ? [word + "es", word + "'"] : [word + "'"]
        }
        // Names in -land also take -es in careful prose: "Griechenlandes".
        return lower.hasSuffix("land") ? [word + "s", word + "es"] : [word + "s"]
    }

    /// The stem of a capitalised word with an adjective ending (`Vereinigte` → `Vereinigt`),
    /// or nil when the word does not look like a declined adjective.
    package static func adjectiveStem(_ word: String) -> String? {
        guard word.count >= 5, isCapitalised(word) else { return nil }
        for ending in adjectiveEndingsLongestFirst.dropLast() where word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return nil
    }
}
