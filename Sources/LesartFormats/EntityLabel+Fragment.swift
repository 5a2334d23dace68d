import LesartCore

extension EntityLabel {
    /// ``name`` as a static string, for writers that copy bytes.
    var fragment: StaticString {
        switch self {
        case .person: "PER"
        case .location: "LOC"
        case .organisation: "ORG"
        case .other: "OTH"
        }
    }
}
