import LesartWords

/// Which form of a cue a word is; decides how the detector reads the clause around it.
enum CueFormKind: UInt8, Sendable {
    /// Finite verb form (present or past): "liefert", "lieferte".
    case finite
    /// Konjunktiv I, used in reported speech: "liefere".
    case subjunctive
    /// Past participle: "geliefert", "zugesagt".
    case participle
    /// Infinitive or zu-infinitive: "liefern", "zuzusagen".
    case infinitive
    case noun
    case adjective
}

extension CueFormKind {
    /// The cue form kind of a generated verb form.
    init(_ verbForm: VerbFormKind) {
        switch verbForm {
        case .finite: self = .finite
        case .subjunctive: self = .subjunctive
        case .participle: self = .participle
        case .infinitive: self = .infinitive
        }
    }
}
