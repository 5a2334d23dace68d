/// How an actor is identified in event data: ISO 3166-1 alpha-3 for states (`RUS`), the
/// gazetteer's stable id for everything else (`org:nato`, `per:wladimir-putin`), with the
/// kind of actor (`state`, `organisation`, `person`, `place`, `other`).
public struct ActorCode: Sendable, Hashable {
    public let code: String
    public let kind: String

    public init(code: String, kind: String) {
        self.code = code
        self.kind = kind
    }

    /// The kind an entry id stands for, by its namespace.
    static func kind(ofID id: String) -> String {
        if id.hasPrefix("loc:country:") { return "state" }
        if id.hasPrefix("org:") { return "organisation" }
        if id.hasPrefix("per:") { return "person" }
        if id.hasPrefix("loc:") { return "place" }
        return "other"
    }
}
