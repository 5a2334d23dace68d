import LesartCore

/// Numbers, dates, times, ordinals and numbers with units.
extension TokenScanner {
    /// A token starting with an ASCII digit at `p`.
    mutating func number(at p: Int) -> (Int, TokenKind) {
        let digits = digitRunEnd(p)
        if let token = timeScoreOrDate(p, digits) { return token }
        if let e = matchFraction(p, digits) { return (e, .number) }
        if let e = matchDigitGroups(p, digits) { return (e, .number) }
        var end = numberPieceEnd(p)
        if let cut = listCut(p, end) { return (cut, .number) }
        // DOIs: "10.1371/journal.pbio.0020449".
        if text.matches("10.", at: p), end < chunkEnd, text[end] == UInt8(ascii: "/"), end - p >= 7 {
            return (pathEnd(end), .url)
        }
        var kind = TokenKind.number
        switch gluedLetters(p, end) {
        case .unitCut(let q): return (q, .number)
        case .word: kind = .word
        case .none: break
        }
        // "2-mal", "10-jährige", "3-fach": both conventions keep a hyphen touching a digit;
        // UD splits the hyphens between words after it ("3-Zimmer" "-" "Wohnung").
        while end < chunkEnd, text[end] == UInt8(ascii: "-"), isLetter(end + 1) {
            if tokenizer.convention == .ud, kind == .word { break }
            end = wordPieceEnd(end + 1)
            kind = .word
        }
        // UD keeps ranges whole: "3-4", "1914-1918".
        if tokenizer.convention == .ud, kind == .number, end < chunkEnd, text[end] == UInt8(ascii: "-"),
           classAt(end + 1) == .digit {
            let d = digitRunEnd(end + 1)
            if classAt(d) != .letter { end = d }
        }
        guard kind == .number, end < chunkEnd else { return (end, kind) }
        return numberEnding(p, digits, end)
    }

    /// A time (`12:30`), a score (`2:1`), a day and month (`01.05.`), a date (`27.11.2026`)
    /// or the month and year of a date EmpiriST splits, for the digits `p..<digits`.
    private mutating func timeScoreOrDate(_ p: Int, _ digits: Int) -> (Int, TokenKind)? {
        if let e = matchTime(p, digits) { return (e, .time) }
        // Scores and ratios: "2:1", "6:4".
        if digits - p <= 2, digits < chunkEnd, text[digits] == UInt8(ascii: ":"), classAt(digits + 1) == .digit {
            let d = digitRunEnd(digits + 1)
            if d - digits - 1 <= 2, classAt(d) != .letter, classAt(d) != .digit { return (d, .number) }
        }
        guard profile.rules.ordinalsAndDates else { return nil }
        if !opensLine(), let e = matchDayMonth(p, digits) {
            return (tokenizer.convention == .empirist ? digits + 1 : e, .date)
        }
        if let e = matchDate(p, digits) {
            // EmpiriST writes "16.07.2013" as "16." "07." "2013".
            return (tokenizer.convention == .empirist && text[digits] == UInt8(ascii: ".") ? digits + 1 : e, .date)
        }
        if tokenizer.convention == .empirist, let last = tokens.last, last.kind == .date, Int(last.end) == p,
           text[Int(last.end) - 1] == UInt8(ascii: ".") {
            // The month (with its period) and the year (without) of a split date.
            let isMonth = tokens.count < 2 || tokens[tokens.count - 2].kind != .date
                || Int(tokens[tokens.count - 2].end) != Int(last.start)
            if isMonth, digits < chunkEnd, text[digits] == UInt8(ascii: ".") { return (digits + 1, .date) }
            return (digits, .date)
        }
        return nil
    }

    /// "1,2,3,4" is a list, not a number: the first comma of the piece `p..<end` when it
    /// has two or more, or one and the piece continues a list of numbers. (`mutating`
    /// though it changes nothing: a non-mutating method copies the whole scanner per call.)
    private mutating func listCut(_ p: Int, _ end: Int) -> Int? {
        var commas = 0
        var firstComma = end
        for k in p..<end where text[k] == UInt8(ascii: ",") {
            commas += 1
            if commas == 1 { firstComma = k }
        }
        let inList = tokens.count >= 2 && Int(tokens[tokens.count - 1].end) == p && text[p - 1] == UInt8(ascii: ",")
            && tokens[tokens.count - 2].kind == .number && Int(tokens[tokens.count - 2].end) == p - 1
        return commas >= 2 || (commas == 1 && inList) ? firstComma : nil
    }

    /// Letters glued to a number (``gluedLetters(_:_:)``).
    private enum GluedLetters {
        /// A unit or a multiplication sign starts at the offset: the number ends there.
        case unitCut(Int)
        /// Other letters: the piece is a word ("1990er", "3fach").
        case word
        /// No letters.
        case none
    }

    /// Letters glued to the number piece `p..<end`: a unit is split off ("100km", "7x4"),
    /// anything else stays ("1990er", "3fach"; "G7" is a word and never gets here).
    private mutating func gluedLetters(_ p: Int, _ end: Int) -> GluedLetters {
        var q = p
        while q < end, classAt(q) != .letter { q += text[q] < 0x80 ? 1 : text.scalar(at: q).length }
        // "7x4": a multiplication sign between numbers.
        if q + 1 < end, text[q] == UInt8(ascii: "x"), classAt(q + 1) == .digit, q > p { return .unitCut(q) }
        guard q < end else { return .none }
        let unitEnd = text[end - 1] != UInt8(ascii: ".") ? end : end - 1
        if profile.units.value(for: text.bytes[q..<unitEnd]) != nil
            || (end < chunkEnd && text[end] == UInt8(ascii: "/") && self.unitEnd(from: q, slash: end) != nil) {
            return .unitCut(q)
        }
        return .word
    }

    /// What follows the number `p..<end` (digits up to `digits`), inside the chunk: an
    /// ordinal's period, a section number opening a line (`2.3.1.`), a plus (`18+`) or a
    /// price's dashes (`6.200,-`).
    private mutating func numberEnding(_ p: Int, _ digits: Int, _ end: Int) -> (Int, TokenKind) {
        let c = text[end]
        if c == UInt8(ascii: "."), end - p <= 3, digits == end, profile.rules.ordinalsAndDates, isOrdinal(p..<end) {
            return (end + 1, .ordinal)
        }
        // Section numbers opening a line: "1.1.", "2.3.1.".
        if c == UInt8(ascii: "."), end + 1 == chunkEnd, digits < end, opensLine(), isSectionNumber(p..<end) {
            return (end + 1, .ordinal)
        }
        // "18+", "500+".
        if c == UInt8(ascii: "+"), end + 1 == chunkEnd || classAt(end + 1) == .punctuation { return (end + 1, .number) }
        // Prices: "6.200,-", "5,--".
        if c == UInt8(ascii: ","), text.byte(end + 1) == UInt8(ascii: "-"), classAt(end + 2) != .digit,
           classAt(end + 2) != .letter {
            var q = end + 1
            while q < chunkEnd, text[q] == UInt8(ascii: "-") { q += 1 }
            return (q, .number)
        }
        return (end, .number)
    }

    /// `01.05.`, `3.10.`: day and month with periods and no year, ending the chunk.
    private mutating func matchDayMonth(_ p: Int, _ digits: Int) -> Int? {
        guard (1...2).contains(digits - p), digits < chunkEnd, text[digits] == UInt8(ascii: ".") else { return nil }
        let m = digitRunEnd(digits + 1)
        guard (1...2).contains(m - digits - 1), m + 1 == chunkEnd, text[m] == UInt8(ascii: ".") else { return nil }
        guard (1...31).contains(value(p..<digits)), (1...12).contains(value((digits + 1)..<m)) else { return nil }
        return m + 1
    }

    /// `12:30`, `9:05:59`: hours 0–24, minutes and seconds 00–59, two digits each.
    private mutating func matchTime(_ p: Int, _ digits: Int) -> Int? {
        guard digits - p <= 2, digits < chunkEnd, text[digits] == UInt8(ascii: ":") else { return nil }
        let hours = value(p..<digits)
        guard hours <= 24 else { return nil }
        var end = digits
        var parts = 0
        while end < chunkEnd, text[end] == UInt8(ascii: ":"), parts < 2 {
            let m = digitRunEnd(end + 1)
            guard m - (end + 1) == 2, value((end + 1)..<m) < 60 else { break }
            end = m
            parts += 1
        }
        guard parts > 0, classAt(end) != .letter, classAt(end) != .digit else { return nil }
        return end
    }

    /// `27.11.2026`, `1.1.99`, `2026-11-27`.
    private mutating func matchDate(_ p: Int, _ digits: Int) -> Int? {
        let n1 = digits - p
        if n1 == 4, digits < chunkEnd, text[digits] == UInt8(ascii: "-") {
            let m = digitRunEnd(digits + 1)
            guard m - digits - 1 == 2, m < chunkEnd, text[m] == UInt8(ascii: "-") else { return nil }
            let d = digitRunEnd(m + 1)
            guard d - m - 1 == 2, classAt(d) != .digit, classAt(d) != .letter else { return nil }
            return d
        }
        guard n1 >= 1, n1 <= 2, digits < chunkEnd, text[digits] == UInt8(ascii: ".") else { return nil }
        let m = digitRunEnd(digits + 1)
        guard (1...2).contains(m - digits - 1), m < chunkEnd, text[m] == UInt8(ascii: ".") else { return nil }
        let y = digitRunEnd(m + 1)
        let yearLength = y - m - 1
        guard yearLength == 2 || yearLength == 4, classAt(y) != .letter, classAt(y) != .digit else { return nil }
        if y < chunkEnd, text[y] == UInt8(ascii: "."), classAt(y + 1) == .digit { return nil }
        guard (1...31).contains(value(p..<digits)), (1...12).contains(value((digits + 1)..<m)) else { return nil }
        return y
    }

    /// `1/2`, `15/16`, `05/06`: one or two digits on each side of a slash.
    private mutating func matchFraction(_ p: Int, _ digits: Int) -> Int? {
        guard digits - p <= 2, digits < chunkEnd, text[digits] == UInt8(ascii: "/") else { return nil }
        let d = digitRunEnd(digits + 1)
        guard (1...2).contains(d - digits - 1) else { return nil }
        if d < chunkEnd, text[d] == UInt8(ascii: "/") || classAt(d) == .digit { return nil }
        return d
    }

    /// Three or more digit groups joined by hyphens: `978-0-596-52068-7`.
    private mutating func matchDigitGroups(_ p: Int, _ digits: Int) -> Int? {
        var end = digits
        var groups = 1
        while end < chunkEnd, text[end] == UInt8(ascii: "-"), classAt(end + 1) == .digit {
            end = digitRunEnd(end + 1)
            groups += 1
        }
        guard groups >= 3, classAt(end) != .letter else { return nil }
        return end
    }

    /// Whether the token about to be emitted is the first on its line, or follows only a
    /// list bullet there (numbered lists: "1. Planen", "• 3. Seien").
    mutating func opensLine() -> Bool {
        if nextFlags.contains(.lineStart) { return true }
        guard let last = tokens.last, last.flags.contains(.lineStart),
              last.kind == .punctuation || last.kind == .symbol, last.end - last.start <= 3 else { return false }
        let b = text[Int(last.start)]
        return b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == 0xE2
    }

    /// Digit groups of one or two digits joined by periods: `1.1`, `2.3.1`.
    private mutating func isSectionNumber(_ range: Range<Int>) -> Bool {
        var group = 0
        for k in range {
            if text[k] == UInt8(ascii: ".") {
                if group == 0 || group > 2 { return false }
                group = 0
            } else {
                group += 1
            }
        }
        return group >= 1 && group <= 2
    }

    /// Decimal value of a short digit run.
    private mutating func value(_ range: Range<Int>) -> Int {
        var v = 0
        for k in range { v = v * 10 + Int(text[k] - 0x30) }
        return v
    }

    /// Whether the digits in `range`, followed by a period, are an ordinal rather than a
    /// number ending a sentence: decided by what follows (a lowercase word, a month, a
    /// word listed as following ordinals, a day-month-year sequence) or precedes (a listed
    /// article or preposition), or by the number opening a line (numbered lists).
    mutating func isOrdinal(_ range: Range<Int>, numeric: Bool = true) -> Bool {
        let dot = range.upperBound
        if dot + 1 < chunkEnd {
            // Glued to a month: "11.September".
            let r = letterRunEnd(dot + 1)
            return r > dot + 1 && profile.months.value(for: text.bytes[(dot + 1)..<r]) != nil
        }
        var q = dot + 1
        var newlines = 0
        while q < text.count {
            let (v, length) = text.scalar(at: q)
            guard ScalarClass.of(v) == .whitespace else { break }
            newlines += text.lineBreakWeight(v, at: q)
            q += length
        }
        if q >= text.count || newlines >= 2 { return false }
        if newlines == 0, opensLine() { return true }
        let (v, _) = text.scalar(at: q)
        let nextClass = ScalarClass.of(v)
        if nextClass == .digit { return numeric && value(range) <= 31 }
        if nextClass == .letter {
            if let scalar = Unicode.Scalar(v), scalar.properties.isLowercase { return true }
            var r = q
            while r < text.count {
                let (w, length) = text.scalar(at: r)
                guard ScalarClass.of(w) == .letter else { break }
                r += length
            }
            let word = text.bytes[q..<r]
            if profile.months.value(for: word) != nil || profile.ordinalFollowing.value(for: word) != nil {
                return true
            }
        }
        if let previous = tokens.last, previous.kind == .word,
           lookupLowercased(previous.byteRange, in: profile.ordinalPreceding) != nil {
            return true
        }
        return false
    }
}
