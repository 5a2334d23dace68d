/// The German inflection the gazetteer needs, generated from base forms:
/// genitive `-s`/`-es`/apostrophe, adjectival nouns (`Linke` → `Linken`), declined
/// adjectives inside multi-word names (`Vereinigte Staaten` → `Vereinigten Staaten`,
/// `Naher Osten` → `Nahen Ostens`), and adjective declension for demonyms
/// (`russisch` → `russische`, `russischen`, `russischer`, `russisches`, `russischem`).
public enum GermanInflection {
    /// Strong and weak adjective endings.
    static let adjectiveEndings = ["", "e", "en", "er", "es", "em"]

    /// All forms of a name written with `words` (its tokens), the base included.
    public static func nameForms(_ base: String) -> [String] {
        let words = base.split(separator: " ").map(String.init)
        guard let last = words.last else { return [] }
        var heads: [[String]] = [Array(words.dropLast())]
        // Declined adjectives before the head noun: "Vereinigte" → "Vereinigten", …
        for (index, word) in words.dropLast().enumerated() where index < 2 {
            guard let stem = adjectiveStem(word) else { continue }
            var grown: [[String]] = []
            for head in heads {
                for ending in ["e", "en", "er", "es", "em"] {
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
    static func genitives(of word: String) -> [String] {
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
    static func adjectiveStem(_ word: String) -> String? {
        guard word.count >= 5, isCapitalised(word) else { return nil }
        for ending in ["en", "er", "es", "em", "e"] where word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return nil
    }

    /// The declined forms of a lowercase adjective base, lowercase and capitalised:
    /// `russisch` → `russisch`, `russische`, …, `Russisch`, `Russische`, ….
    public static func adjectiveForms(_ base: String) -> [String] {
        var result: [String] = []
        for ending in adjectiveEndings {
            let form = base + ending
            result.append(form)
            result.append(capitalised(form))
        }
        return result
    }

    /// The word with its first letter in upper case.
    public static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    static func isCapitalised(_ word: String) -> Bool {
        word.first.map { $0.isUppercase } ?? false
    }
}
