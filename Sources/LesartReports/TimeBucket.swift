/// The width of the time buckets of `lesart network --bucket`: a record's date becomes the
/// bucket's label (`2026-03-02`, `2026-W10` (ISO week), `2026-03`, `2026-Q1`, `2026`),
/// which sorts in time order as text.
public enum TimeBucket: String, Sendable, CaseIterable {
    case day, week, month, quarter, year

    /// The bucket of `date`, or nil when the date is too coarse for it (a bare year for
    /// `month`).
    public func label(for date: CalendarDate) -> String? {
        switch self {
        case .year:
            return CalendarDate.pad(date.year, 4)
        case .quarter:
            guard let month = date.month else { return nil }
            return CalendarDate.pad(date.year, 4) + "-Q\((month - 1) / 3 + 1)"
        case .month:
            guard let month = date.month else { return nil }
            return CalendarDate.pad(date.year, 4) + "-" + CalendarDate.pad(month, 2)
        case .day:
            return date.day == nil ? nil : date.iso
        case .week:
            guard let month = date.month, let day = date.day else { return nil }
            let (year, week) = Self.isoWeek(year: date.year, month: month, day: day)
            return CalendarDate.pad(year, 4) + "-W" + CalendarDate.pad(week, 2)
        }
    }

    /// ISO 8601 week-numbering year and week of a date.
    static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let n = CalendarDate.dayNumber(year: year, month: month, day: day)
        let weekday = ((n % 7 + 7 + 3) % 7) + 1  // 1 = Monday (1970-01-01 was a Thursday)
        let thursday = n - weekday + 4
        // The week's year is the year of its Thursday.
        var thursdayYear = year
        if thursday < CalendarDate.dayNumber(year: year, month: 1, day: 1) { thursdayYear -= 1 }
        if thursday >= CalendarDate.dayNumber(year: year + 1, month: 1, day: 1) { thursdayYear += 1 }
        let week = (thursday - CalendarDate.dayNumber(year: thursdayYear, month: 1, day: 1)) / 7 + 1
        return (thursdayYear, week)
    }
}
