/// Regular German verb, noun and adjective forms for the cue lexicon: weak-verb present,
/// Konjunktiv I, preterite, participle (with or without `ge-`) and zu-infinitive; noun
/// plural and genitive; adjective endings. Irregular forms come from the lexicon.
enum GermanVerbForms {
    /// Inseparable prefixes: their participle takes no `ge-` (`unterstützt`, `verurteilt`).
    static let inseparablePrefixes = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider", "hinter"]

    /// The verb without its infinitive ending: `liefern` → `liefer`, `unterstützen` → `unterstütz`.
    static func stem(_ infinitive: String) -> String {
        if infinitive.hasSuffix("eln") || infinitive.hasSuffix("ern") { return String(infinitive.dropLast(1)) }
        if infinitive.hasSuffix("en") { return String(infinitive.dropLast(2)) }
        if infinitive.hasSuffix("n") { return String(infinitive.dropLast(1)) }
        return infinitive
    }

    /// Regular forms of a verb whose infinitive (without particle) is `base`.
    static func forms(base: String, particle: String?) -> [(String, CueFormKind, Bool)] {
        let stem = stem(base)
        let needsE = stem.hasSuffix("t") || stem.hasSuffix("d") || stem.hasSuffix("chn") || stem.hasSuffix("ffn")
        let e = needsE ? "e" : ""
        let separable = particle != nil
        var result: [(String, CueFormKind, Bool)] = []
        for finite in [stem + "e", stem + e + "st", stem + e + "t", base, stem + e + "te", stem + e + "ten",
                       stem + e + "test", stem + e + "tet"] {
            result.append((finite, .finite, separable))
        }
        result.append((stem + "e", .subjunctive, separable))
        let inseparable = base.hasSuffix("ieren") || inseparablePrefixes.contains { base.hasPrefix($0) && base.count > $0.count + 3 }
        let participle = (inseparable ? "" : "ge") + stem + e + "t"
        if let particle {
            result.append((particle + participle, .participle, false))
            result.append((particle + "zu" + base, .infinitive, false))
            result.append((particle + base, .infinitive, false))
        } else {
            result.append((participle, .participle, false))
            result.append((base, .infinitive, false))
        }
        return result
    }

    /// Noun forms: the lemma, plurals and genitives.
    static func nounForms(_ lemma: String) -> [String] {
        var forms = [lemma, lemma + "s", lemma + "es", lemma + "e", lemma + "en", lemma + "n"]
        if lemma.hasSuffix("ung") || lemma.hasSuffix("ion") || lemma.hasSuffix("heit") || lemma.hasSuffix("keit") {
            forms = [lemma, lemma + "en"]
        } else if lemma.hasSuffix("er") {
            forms = [lemma, lemma + "s", lemma + "n", lemma + "in", lemma + "innen"]
        } else if lemma.hasSuffix("e") {
            forms = [lemma, lemma + "n"]
        }
        return forms
    }

    /// Adjective forms: base and the five endings.
    static func adjectiveForms(_ base: String) -> [String] {
        ["", "e", "en", "er", "es", "em"].map { base + $0 }
    }
}
