import LesartCore

extension EntityForm {
    /// ``description`` as a static string, for writers that copy bytes.
    var fragment: StaticString {
        switch self {
        case .name: "name"
        case .derived: "derived"
        case .part: "part"
        case .description: "description"
        case .reference: "reference"
        }
    }
}
