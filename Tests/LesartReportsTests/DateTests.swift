import Testing
@testable import LesartReports

/// Date fields and time buckets.
@Suite("CalendarDate and TimeBucket")
struct DateTests {
    @Test("accepted formats", arguments: [
        ("2026-03-02", "2026-03-02"), ("2026-03-02T23:15:00+01:00", "2026-03-02"), ("2026-03-02 10:15", "2026-03-02"),
        ("2026-03", "2026-03"), ("2026", "2026"), ("20260302", "2026-03-02"), ("2.3.2026", "2026-03-02"),
        ("02.03.2026", "2026-03-02"), (" 2026-03-02 ", "2026-03-02"),
    ])
    func accepted(_ raw: String, _ iso: String) {
        #expect(CalendarDate(parsing: raw)?.iso == iso)
    }

    @Test("rejected: not a date, impossible dates", arguments: [
        "gestern", "2026-13-01", "2026-02-30", "2025-02-29", "03/02/2026", "26-03-02", "2026-3-2", "", "1.1.26",
    ])
    func rejected(_ raw: String) {
        #expect(CalendarDate(parsing: raw) == nil)
    }

    @Test("buckets label dates so that text order is time order")
    func buckets() throws {
        let date = try #require(CalendarDate(parsing: "2026-03-02"))
        #expect(TimeBucket.day.label(for: date) == "2026-03-02")
        #expect(TimeBucket.month.label(for: date) == "2026-03")
        #expect(TimeBucket.quarter.label(for: date) == "2026-Q1")
        #expect(TimeBucket.year.label(for: date) == "2026")
        #expect(TimeBucket.week.label(for: date) == "2026-W10")
        #expect(TimeBucket.month.label(for: try #require(CalendarDate(parsing: "2026"))) == nil)
    }

    @Test("ISO weeks at year boundaries", arguments: [
        ("2026-01-01", "2026-W01"), ("2027-01-01", "2026-W53"), ("2024-12-30", "2025-W01"), ("2021-01-03", "2020-W53"),
        ("2024-02-29", "2024-W09"),
    ])
    func isoWeeks(_ raw: String, _ week: String) throws {
        #expect(TimeBucket.week.label(for: try #require(CalendarDate(parsing: raw))) == week)
    }
}
