/// Which form of a verb paradigm a generated word is (``GermanMorphology/verbForms(base:particle:)``).
package enum VerbFormKind: Sendable, Equatable {
    /// Present or preterite indicative: `liefert`, `lieferte`.
    case finite
    /// Konjunktiv I, the mood of reported speech: `liefere`.
    case subjunctive
    /// Past participle: `geliefert`, `zugesagt`.
    case participle
    /// Infinitive or zu-infinitive: `liefern`, `zuzusagen`.
    case infinitive
}
