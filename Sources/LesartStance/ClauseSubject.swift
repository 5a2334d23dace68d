/// The subject found for a clause (``StanceScan/subject(of:mentions:)``): an entity index or
/// none, and whether it stands for a pronoun resolved to an earlier actor.
struct ClauseSubject {
    var entity: Int?
    var resolved: Bool

    /// No subject.
    static let none = ClauseSubject(entity: nil, resolved: false)
}
