/// The office of a roster person (`roster.tsv`): the role that makes the person stand for
/// their actor (`head-of-state`, `foreign-minister`, `group-leader` …) and the years in office.
public struct Office: Sendable, Hashable {
    /// The role as listed, e.g. `defence-minister`.
    public let role: String
    /// The years in office; an office held until today ends in `Int.max`.
    public let years: ClosedRange<Int>

    public init(role: String, years: ClosedRange<Int>) {
        self.role = role
        self.years = years
    }

    /// Whether the person held the office in `year` (a document's date, when known).
    public func holds(in year: Int) -> Bool { years.contains(year) }

    /// Parses `2014-2019` or `2019-` (still in office).
    static func years(_ field: String) -> ClosedRange<Int>? {
        let parts = field.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let from = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts[1].isEmpty { return from...Int.max }
        guard let to = Int(parts[1]), parts[1].count == 4, to >= from else { return nil }
        return from...to
    }
}
