/// A date read from a record's date field, as precise as it was written: a year, a month
/// or a day. Accepted: ISO 8601 (`2026-03-02`, with a time `2026-03-02T10:15:00Z` or
/// `2026-03-02 10:15`, `2026-03`, `2026`), the compact `20260302` and the German
/// `2.3.2026` / `02.03.2026`. Anything else is nil (the caller names the line).
public struct CalendarDate: Sendable, Hashable {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the formats above.
    public init?(parsing raw: String) {
        let text = raw.trimmingWhitespace()
        let digits = { (s: Substring) -> Int? in s.allSatisfy { $0.isASCII && $0.isNumber } && !s.isEmpty ? Int(s) : nil }
        if text.count == 8, let all = digits(Substring(text)) {
            self.init(year: all / 10000, month: all / 100 % 100, day: all % 100)
            return
        }
        if text.contains(".") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
                  let d = digits(parts[0]), let m = digits(parts[1]), let y = digits(parts[2]) else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        // ISO: the date part ends at 'T' or a space (a time follows).
        let datePart = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first ?? Substring(text)
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = digits(parts[0]) else { return nil }
        guard parts.count > 1 else { self.init(year: y); return }
        guard parts[1].count == 2, let m = digits(parts[1]) else { return nil }
        guard parts.count > 2 else { self.init(year: y, month: m); return }
        guard parts[2].count == 2, let d = digits(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `2026-03-02`, `2026-03` or `2026`.
    public var iso: String {
        var out = Self.pad(year, 4)
        if let month { out += "-" + Self.pad(month, 2) }
        if let day { out += "-" + Self.pad(day, 2) }
        return out
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a full date (Howard Hinnant's days_from_civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
