extension GermanMorphology {
    /// One generated verb form: the word, what it is, and whether the verb's separable
    /// particle stands apart from it in a main clause (`liefert … zu`).
    package typealias VerbForm = (word: String, kind: VerbFormKind, particleApart: Bool)

    /// Inseparable prefixes: their participle takes no `ge-` (`unterstützt`, `verurteilt`).
    package static let inseparablePrefixes = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider", "hinter"]

    /// The verb without its infinitive ending: `liefern` → `liefer`, `unterstützen` → `unterstütz`.
    package static func verbStem(_ infinitive: String) -> String {
        if infinitive.hasSuffix("eln") || infinitive.hasSuffix("ern") { return String(infinitive.dropLast(1)) }
        if infinitive.hasSuffix("en") { return String(infinitive.dropLast(2)) }
        if infinitive.hasSuffix("n") { return String(infinitive.dropLast(1)) }
        return infinitive
    }

    /// The regular (weak) forms of a verb whose infinitive without particle is `base`:
    /// present, preterite, Konjunktiv I, participle (with or without `ge-`), infinitive and
    /// zu-infinitive (`liefern` → `liefere`, `lieferst`, `liefert`, `lieferte`, …,
    /// `geliefert`; with particle `zu`: `zugeliefert`, `zuzuliefern`, `zuliefern`).
    package static func verbForms(base: String, particle: String?) -> [VerbForm] {
        let stem = verbStem(base)
        let needsE = stem.hasSuffix("t") || stem.hasSuffix("d") || stem.hasSuffix("chn") || stem.hasSuffix("ffn")
        let e = needsE ? "e" : ""
        let separable = particle != nil
        var result: [VerbForm] = []
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
}
