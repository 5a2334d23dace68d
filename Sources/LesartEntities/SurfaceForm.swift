/// One way an entry is written, as listed in a gazetteer file.
public struct SurfaceForm: Sendable, Hashable {
    /// The text, e.g. `Russische Föderation`.
    public let text: String
    /// Also an ordinary German word (`?Essen` in the file): tagged alone only with evidence.
    public let isAmbiguous: Bool

    public init(text: String, isAmbiguous: Bool = false) {
        self.text = text
        self.isAmbiguous = isAmbiguous
    }

    /// Parses a FORMS field item: a leading `?` marks an ambiguous form.
    init(field: String) {
        if field.hasPrefix("?") {
            self.init(text: String(field.dropFirst()), isAmbiguous: true)
        } else {
            self.init(text: field)
        }
    }
}
