/// The regular German morphology the lexicons are generated with: adjective declension,
/// noun plurals and genitives, weak-verb paradigms, and the inflected forms of names.
/// One morphology serves the gazetteer (names, demonyms) and the stance lexicon (cue
/// verbs, nouns, adjectives); irregular forms come from the lexicon files.
///
/// Works on `String`s at load time, never on the hot path.
package enum GermanMorphology {
    /// Strong and weak adjective endings, the bare form first: `russisch`, `russische`,
    /// `russischen`, `russischer`, `russisches`, `russischem`.
    package static let adjectiveEndings = ["", "e", "en", "er", "es", "em"]

    /// The adjective endings longest first (a suffix match must try `-en` before `-e`).
    package static let adjectiveEndingsLongestFirst = ["em", "en", "er", "es", "e", ""]

    /// The declined forms of an adjective: `base` with each of ``adjectiveEndings``.
    package static func adjectiveForms(_ base: String) -> [String] {
        adjectiveEndings.map { base + $0 }
    }

    /// The declined forms of a lowercase adjective base, each lowercase and then
    /// capitalised: `russisch`, `Russisch`, `russische`, `Russische`, ….
    package static func adjectiveFormsInBothCases(_ base: String) -> [String] {
        var result: [String] = []
        for form in adjectiveForms(base) {
            result.append(form)
            result.append(capitalised(form))
        }
        return result
    }

    /// Noun forms: the lemma, plurals and genitives (`Kritik`, `Kritiken`; `Lieferung`,
    /// `Lieferungen`; `Unterstützer`, `Unterstützerin`, `Unterstützerinnen`).
    package static func nounForms(_ lemma: String) -> [String] {
        if lemma.hasSuffix("ung") || lemma.hasSuffix("ion") || lemma.hasSuffix("heit") || lemma.hasSuffix("keit") {
            return [lemma, lemma + "en"]
        }
        if lemma.hasSuffix("er") { return [lemma, lemma + "s", lemma + "n", lemma + "in", lemma + "innen"] }
        if lemma.hasSuffix("e") { return [lemma, lemma + "n"] }
        return [lemma, lemma + "s", lemma + "es", lemma + "e", lemma + "en", lemma + "n"]
    }

    /// The word with its first letter in upper case (`russisch` → `Russisch`).
    package static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Whether the word's first character is a capital (Unicode's `Uppercase`).
    package static func isCapitalised(_ word: String) -> Bool {
        word.first.map { $0.isUppercase } ?? false
    }
}
