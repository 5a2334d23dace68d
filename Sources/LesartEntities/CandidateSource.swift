/// The rule that proposed an ``EntityCandidate``: every rule family of ``EntityScan``
/// names its candidates by source, and the resolution step reads their
/// ``priority`` (one table, below) instead of a number each rule picks.
enum CandidateSource: UInt8, Sendable {
    /// A listed phrase (`Russlands`, `Vereinigte Staaten`).
    case listedName
    /// A listed compound broken at a line end (`Mecklenburg- Vorpommern`).
    case brokenCompound
    /// A listed hyphenated compound matched as one token (`EU-Kommission`).
    case listedCompound
    /// A listed name inside a hyphenated compound (`EU-Beitritt`, form `part`).
    case compoundPart
    /// A hyphenated compound of listed places (`Bremen-Vegesack`).
    case placeCompound
    /// An unlisted word derived from a listed place (`Gütersloher`, `preußische`).
    case derivedPlace
    /// A listed place behind a place prefix (`Süditalien`).
    case prefixedPlace
    /// A listed place written in capitals (`TOKIO`).
    case placeInCapitals
    /// A road, street or landscape by its shape (`A 7`, `Schulstraße`, `Tegeler See`).
    case placeByShape
    /// An unlisted word with a place ending after a location preposition (`in Taiskirchen`).
    case placeAfterCue
    /// An organisation by a word of `organisation-words.txt` (`Läpple AG`, `VfL Osnabrück`).
    case organisationByForm
    /// An organisation named around a listed place (`THW Kiel`, `Chicago Bulls`).
    case organisationAroundPlace
    /// A person by rule: first name and surname, role word and name, initial and surname.
    case personByRule
    /// A listed first name before an initial (`Nico G.`).
    case firstNameAndInitial
    /// A listed first name alone (`Gestern kam Judith.`).
    case loneFirstName
    /// A surname repeated alone after the full name (`Klum`); added after resolution.
    case repeatedSurname
    /// A role description or group description (`die spanische Regierung`); added after
    /// resolution.
    case description
    /// A reference to an earlier actor (`das Land`, `die Rebellen`); added after resolution.
    case reference

    /// The resolution priority of the source.
    var priority: CandidatePriority {
        switch self {
        case .listedName, .brokenCompound:
            return .listed
        case .compoundPart, .placeCompound, .derivedPlace, .prefixedPlace, .placeInCapitals:
            return .listedByForm
        case .listedCompound, .placeByShape, .organisationByForm, .organisationAroundPlace, .personByRule,
             .repeatedSurname, .description, .reference:
            return .rule
        case .placeAfterCue, .firstNameAndInitial, .loneFirstName:
            return .guess
        }
    }
}
