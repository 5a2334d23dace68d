import LesartCore
import LesartWords

/// Words: compounds, gender forms, clitics, truncations and abbreviations.
extension TokenScanner {
    /// A word starting with a letter at `p`.
    mutating func word(at p: Int) -> (Int, TokenKind) {
        if let e = leadingAbbreviationEnd(p) { return (e, .abbreviation) }
        // "7x4": the multiplication sign between two numbers.
        if text[p] == UInt8(ascii: "x"), classAt(p + 1) == .digit, let last = tokens.last, last.kind == .number,
           Int(last.end) == p {
            return (p + 1, .symbol)
        }
        var end = wordPieceEnd(p)
        if let cut = termCodeSplit(p, end) { return (cut, .word) }
        while end < chunkEnd {
            let step = extendWord(p, at: end)
            end = step.end
            guard step.goesOn else { break }
        }
        return wordEnding(p, end)
    }

    /// One step of a word beyond its piece ending at `end`: across a hyphen, a gender mark,
    /// a censoring run, a unit slash, a programming suffix, an invisible joiner or an
    /// apostrophe. Returns the new end and whether the word may go on from there.
    @inline(__always)
    private mutating func extendWord(_ p: Int, at end: Int) -> (end: Int, goesOn: Bool) {
        let c = text[end]
        switch c {
        case UInt8(ascii: "-"):
            return extendAtHyphen(end)
        case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: ":"):
            return extendAtJoiner(p, c, at: end).map { ($0, true) } ?? (end, false)
        case 0xC2 where text.byte(end + 1) == 0xB7:  // "·" gender point
            return genderSuffixEnd(at: end + 2).map { ($0, true) } ?? (end, false)
        case UInt8(ascii: "("):
            // "Student(in)", "Kolleg(inn)en" is not covered.
            if let e = genderSuffixEnd(at: end + 1), e < chunkEnd, text[e] == UInt8(ascii: ")") { return (e + 1, true) }
            return (end, false)
        case UInt8(ascii: "#"), UInt8(ascii: "+"):
            return programmingSuffixEnd(p, c, at: end).map { ($0, true) } ?? (end, false)
        case UInt8(ascii: "'"), UInt8(ascii: "`"), 0xC2, 0xE2:
            if let e = ignorableJoin(at: end) { return (e, true) }
            return (apostropheExtension(at: end), false)
        default:
            if c >= 0x80, let e = ignorableJoin(at: end) { return (e, true) }
            return (end, false)
        }
    }

    /// A hyphen at `end` inside a word: the compound goes on (`EU-Beitritt`, `3-mal`;
    /// under UD a letter–letter hyphen splits), or the word is a truncation (`Ein- und
    /// Ausfuhr`, `Vor-/Nachteile`, `(Neu-)`) and ends after the hyphen.
    private mutating func extendAtHyphen(_ end: Int) -> (end: Int, goesOn: Bool) {
        let after = end + 1
        let next = classAt(after)
        if next == .letter || next == .digit {
            if tokenizer.convention == .ud && next == .letter && lastScalarIsLetter(before: end) { return (end, false) }
            return (next == .letter ? wordPieceEnd(after) : numberPieceEnd(after), true)
        }
        if tokenizer.convention == .empirist, profile.rules.truncations, isTruncation(hyphen: end) { return (after, false) }
        return (end, false)
    }

    /// `*`, `/`, `_` or `:` at `end` inside a word: a gender suffix (`Bürger*innen`),
    /// capitals after a colon, a unit (`km/h`) or a censored word (`f***`, `Verd****e`).
    private mutating func extendAtJoiner(_ p: Int, _ c: UInt8, at end: Int) -> Int? {
        if let e = genderSuffixEnd(at: end + 1) { return e }
        if c == UInt8(ascii: ":"), let e = capitalsAfterColon(p, colon: end) { return e }
        if c == UInt8(ascii: "/"), let e = unitEnd(from: p, slash: end) { return e }
        if c == UInt8(ascii: "*") {
            var q = end
            while q < chunkEnd && text[q] == UInt8(ascii: "*") { q += 1 }
            if q - end >= 2 { return isLetter(q) ? wordPieceEnd(q) : q }
        }
        return nil
    }

    /// "C#", "C++", "F#": a single capital letter with a programming suffix at `end`.
    private mutating func programmingSuffixEnd(_ p: Int, _ c: UInt8, at end: Int) -> Int? {
        guard end - p == 1, text[p] >= 0x41, text[p] <= 0x5A else { return nil }
        var q = end + 1
        if c == UInt8(ascii: "+") {
            guard q < chunkEnd, text[q] == UInt8(ascii: "+") else { return nil }
            q += 1
        }
        return !isLetter(q) && classAt(q) != .digit ? q : nil
    }

    /// What the word `p..<end` is after its extension: a Roman ordinal (`XIV.`), an
    /// abbreviation (`Best.-Nr.`, a listed one with its period), a path (`r/foo`), or a word.
    private mutating func wordEnding(_ p: Int, _ end: Int) -> (Int, TokenKind) {
        if profile.rules.ordinalsAndDates, let e = romanOrdinalEnd(p, end) { return (e, .ordinal) }
        if end < chunkEnd, text[end] == UInt8(ascii: ".") {
            // "Best.-Nr.", "Mat.-Nr.": an abbreviated compound ending in a listed abbreviation.
            if text.byte(end + 1) == UInt8(ascii: "-"), isLetter(end + 2) {
                let r = letterRunEnd(end + 2)
                if r < chunkEnd, text[r] == UInt8(ascii: "."), listedAbbreviation((end + 2)..<(r + 1), insideWord: true) != nil {
                    return (r + 1, .abbreviation)
                }
            }
            if isAbbreviation(p..<(end + 1)) { return (end + 1, .abbreviation) }
        }
        // "r/foo/bar", "l/de": a path whose first part is one letter.
        if end - p == 1, end < chunkEnd, text[end] == UInt8(ascii: "/"), isLetter(end + 1) {
            return (pathEnd(end), .word)
        }
        return (end, .word)
    }

    /// Inside a piece joined by periods (`z.B`, `i.d.Regel`, `vgl.z.B.die`), the first
    /// part with its period when it is an abbreviation: a single letter, or a listed one
    /// followed by another abbreviation part. EmpiriST writes `z.B.` as `z.` `B.`.
    mutating func leadingAbbreviationEnd(_ p: Int) -> Int? {
        let piece = pieceEnd(lookingAhead: p)
        if tokenizer.convention == .ud {
            // UD keeps "z.B." whole; only a lost space after an abbreviation splits ("vgl.Regel").
            return udLeadingAbbreviationEnd(p, piece)
        }
        var dot = p
        while dot < piece, text[dot] != UInt8(ascii: ".") { dot += 1 }
        guard dot < piece, dot > p else { return nil }
        let next = dot + 1
        var r = next
        var allCaps = true
        while r < chunkEnd, isLetter(r) {
            if !(text[r] >= 0x41 && text[r] <= 0x5A) { allCaps = false }
            r += text.scalar(at: r).length
        }
        let nextHasDot = r < chunkEnd && text[r] == UInt8(ascii: ".") && (isLetter(r + 1) || r + 1 == chunkEnd && r - next == 1)
        if text.scalar(at: p).length == dot - p {
            // "E.ON" is a name; "z.B", "d.eigenen", "f.Twitter" are abbreviation parts.
            return allCaps && r - next >= 2 && !nextHasDot ? nil : dot + 1
        }
        guard listedAbbreviation(p..<(dot + 1)) != nil else { return nil }
        let nextIsPart = nextHasDot
            && (text.scalar(at: next).length == r - next || listedAbbreviation(next..<(r + 1), insideWord: true) != nil)
        let nextIsCapitalised = r > next && text[next] >= 0x41 && text[next] <= 0x5A
        return nextIsPart || nextIsCapitalised ? dot + 1 : nil
    }

    /// Whether only whitespace with a blank line, or nothing, follows `p`.
    mutating func endsParagraph(after p: Int) -> Bool {
        var q = p
        var newlines = 0
        while q < text.count {
            let (v, length) = text.scalar(at: q)
            guard ScalarClass.of(v) == .whitespace else { return newlines >= 2 }
            newlines += text.lineBreakWeight(v, at: q)
            q += length
        }
        return true
    }

    /// Whether the next chunk after `p` starts with a lowercase letter.
    mutating func nextWordIsLowercase(after p: Int) -> Bool {
        var q = p
        while q < text.count {
            let (v, length) = text.scalar(at: q)
            if ScalarClass.of(v) != .whitespace {
                return Unicode.Scalar(v)?.properties.isLowercase ?? false
            }
            q += length
        }
        return false
    }

    /// Whether the letters from `start` to `end` plus a following period form a listed
    /// abbreviation ("Foo.Nr.").
    private mutating func isListedAbbreviationPart(from start: Int, to end: Int) -> Bool {
        var r = start
        while r < end, text[r] != UInt8(ascii: ".") { r += 1 }
        guard r < chunkEnd, text[r] == UInt8(ascii: ".") else { return false }
        return profile.abbreviations.value(for: text.bytes[start..<(r + 1)]) != nil
    }

    /// UD: "z.B.", "u.a." stay whole; a listed abbreviation glued to a capitalised word
    /// ("vgl.Regel") or a word glued to a capitalised word after its full stop
    /// ("Ende.Anfang") splits after the period.
    private mutating func udLeadingAbbreviationEnd(_ p: Int, _ piece: Int) -> Int? {
        var dot = p
        while dot < piece, text[dot] != UInt8(ascii: ".") { dot += 1 }
        guard dot < piece, dot > p, dot + 1 < piece else { return nil }
        let nextIsCapitalised = text[dot + 1] >= 0x41 && text[dot + 1] <= 0x5A
        guard nextIsCapitalised, text.scalar(at: p).length < dot - p,
              listedAbbreviation(p..<(dot + 1)) != nil else { return nil }
        return dot + 1
    }

    /// End of the word piece at `p`, cut before an "@" (ICU joins it like a letter), after
    /// a lost space following a full stop (`wurde.Daher`) and between a lowercase and a
    /// capitalised word run together (`derText`, `IhreAnnäherungen`; see `camelCaseSplit`).
    mutating func wordPieceEnd(_ p: Int) -> Int {
        var end = profile.rules.camelCaseSplits ? camelCaseSplit(p, pieceEnd(lookingAhead: p)) : pieceEnd(lookingAhead: p)
        // A lost space after a full stop: "wurde.Daher", "Ende.Anfang" (not "E.ON", "z.B").
        var k = p
        var lettersBefore = 0
        while k < end {
            let b = text[k]
            if b == UInt8(ascii: ".") {
                if lettersBefore >= 3, k + 2 < end, text[k + 1] >= 0x41, text[k + 1] <= 0x5A,
                   text[k + 2] >= 0x61 || text[k + 2] >= 0xC3,
                   text[k - 1] >= 0x61, profile.abbreviations.value(for: text.bytes[p..<(k + 1)]) == nil,
                   !isListedAbbreviationPart(from: k + 1, to: end) {
                    end = k
                    break
                }
                lettersBefore = 0
            } else {
                lettersBefore += 1
            }
            k += 1
        }
        if openUnderscore, end - p >= 2, text[end - 1] == UInt8(ascii: "_") {
            end -= 1
            while end > p + 1, text[end - 1] == UInt8(ascii: "_") { end -= 1 }
        }
        var q = p
        while q < end {
            // ICU joins "@" like a letter; a word ends before it ("Hallo@Anna").
            if text[q] == UInt8(ascii: "@"), q > p { return q }
            q += 1
        }
        return end
    }

    /// Where a piece of letters is two words run together (`derText`, `unsereKomm`,
    /// `IhreAnnäherungen`): a lowercase letter followed by a capital and a lowercase letter,
    /// when the part before starts lowercase (two letters at least: `eBay`, `iPhone` stay)
    /// or is a listed sentence-opening word (`Ihre`, `Diese`). Gender forms (`AutorInnen`)
    /// and names (`WordPress`, `McDonald`) stay. Returns the cut, or `end`.
    mutating func camelCaseSplit(_ p: Int, _ end: Int) -> Int {
        // Case is read from the bytes: ASCII and the Latin-1 letters (C3 xx) decide; any
        // other letter counts as neither, so no split happens around it.
        @inline(__always) func letterCase(_ q: Int) -> (upper: Bool, lower: Bool, length: Int) {
            let b = text[q]
            if b < 0x80 || b == 0xC3 && q + 1 < end {
                let letterCase = LetterCase.latin1(b, b < 0x80 ? 0 : text[q + 1])
                return (letterCase == .capital, letterCase == .small, b < 0x80 ? 1 : 2)
            }
            return (false, false, text.scalar(at: q).length)
        }
        var q = p
        var previousLower = false
        var lowerStart = false
        var letters = 0
        var cut: Int? = nil
        while q < end {
            let (isUpper, isLower, length) = letterCase(q)
            if !isUpper && !isLower { return end }
            if letters == 0 { lowerStart = isLower }
            if isUpper, previousLower {
                // More than one such transition: an identifier (`emojiQsmilingCatFace`), not two words.
                if cut != nil { return end }
                let nextByte = q + length < end ? text[q + length] : text.byte(q + length)
                let nextLower = (nextByte >= 0x61 && nextByte <= 0x7A) || nextByte == 0xC3
                    || (q + length == end && nextByte == UInt8(ascii: "-"))
                if letters >= 2, nextLower, genderSuffixEnd(at: q) == nil,
                   lowerStart || profile.closedClassStarters.value(for: text.bytes[p..<q]) != nil {
                    cut = q
                } else {
                    return end
                }
            }
            previousLower = isLower
            letters += 1
            q += length
        }
        return cut ?? end
    }

    /// End of the number piece at `p` (digits with separators).
    mutating func numberPieceEnd(_ p: Int) -> Int { pieceEnd(lookingAhead: p) }

    /// Invisible format characters between two letters or digits (`foo\u{AD}bar`): the end
    /// of the word piece after them, or nil.
    mutating func ignorableJoin(at q: Int) -> Int? {
        var r = q
        while r < chunkEnd, text[r] >= 0x80 {
            let (v, length) = text.scalar(at: r)
            guard ScalarClass.isIgnorable(v) else { break }
            r += length
        }
        guard r > q else { return nil }
        let next = classAt(r)
        if next == .letter { return wordPieceEnd(r) }
        if next == .digit { return numberPieceEnd(r) }
        return nil
    }

    /// A hyphen ending a truncated compound: followed by punctuation other than another
    /// dash or ">", or ending the chunk before a coordinating word (`Ein- und Ausfuhr`).
    mutating func isTruncation(hyphen: Int) -> Bool {
        let after = hyphen + 1
        if after < chunkEnd {
            let b = text[after]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: ">") { return false }
            return classAt(after) == .punctuation
        }
        var q = after
        while q < text.count {
            let (v, length) = text.scalar(at: q)
            guard ScalarClass.of(v) == .whitespace else { break }
            if text.lineBreakWeight(v, at: q) > 0 { return false }
            q += length
        }
        var r = q
        while r < text.count, !Self.isASCIISpace(text[r]), text[r] != UInt8(ascii: ",") { r += 1 }
        return r > q && profile.coordinators.value(for: text.bytes[q..<r]) != nil
    }

    /// A Roman numeral of two or more letters used as an ordinal (`Ludwig XIV.`,
    /// `das III. Geschwader`): the end after its period, or nil.
    mutating func romanOrdinalEnd(_ p: Int, _ end: Int) -> Int? {
        guard end - p >= 2, end < chunkEnd, text[end] == UInt8(ascii: "."), end + 1 == chunkEnd else { return nil }
        for k in p..<end {
            switch text[k] {
            case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
                 UInt8(ascii: "D"), UInt8(ascii: "M"):
                continue
            default:
                return nil
            }
        }
        return isOrdinal(p..<end, numeric: false) ? end + 1 : nil
    }

    /// Capitals followed by a two-digit year or term (`WS15/16`, `SS04`): the position of
    /// the digits, which form a token of their own.
    mutating func termCodeSplit(_ p: Int, _ end: Int) -> Int? {
        var q = p
        while q < end, text[q] >= 0x41, text[q] <= 0x5A { q += 1 }
        guard q - p >= 2, end - q == 2, classAt(q) == .digit, classAt(q + 1) == .digit else { return nil }
        if end == chunkEnd || text[end] == UInt8(ascii: "/") { return q }
        switch text[end] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: ")"):
            return q
        default:
            return nil
        }
    }

    /// End of a path of letters, digits and `/`, `.`, `_`, `-` starting at `p`, without
    /// trailing punctuation.
    mutating func pathEnd(_ p: Int) -> Int {
        var q = p
        while q < chunkEnd {
            let b = text[q]
            let ok = b == UInt8(ascii: "/") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
                || classAt(q) == .letter || classAt(q) == .digit
            guard ok else { break }
            q += b < 0x80 ? 1 : text.scalar(at: q).length
        }
        while q > p + 1, text[q - 1] == UInt8(ascii: ".") || text[q - 1] == UInt8(ascii: "-") { q -= 1 }
        return q
    }

    /// Whether the scalar just before `p` is a letter.
    mutating func lastScalarIsLetter(before p: Int) -> Bool {
        guard p > chunkStart else { return false }
        return classAt(text.previousScalarStart(before: p)) == .letter
    }

    /// If a listed gender ending starts at `q` and ends the word, its end.
    mutating func genderSuffixEnd(at q: Int) -> Int? {
        guard q < chunkEnd else { return nil }
        let lettersStart = text[q] == UInt8(ascii: "-") ? q + 1 : q
        guard isLetter(lettersStart) else { return nil }
        let r = letterRunEnd(lettersStart)
        guard profile.genderSuffixes.value(for: text.bytes[q..<r]) != nil else { return nil }
        let next = classAt(r)
        return next == .letter || next == .digit ? nil : r
    }

    /// `WP:DISK`: capitals on both sides of a colon form one name. Returns its end.
    mutating func capitalsAfterColon(_ p: Int, colon: Int) -> Int? {
        func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        guard colon - p >= 2, (p..<colon).allSatisfy({ isCapital(text[$0]) }) else { return nil }
        var r = colon + 1
        while r < chunkEnd, isCapital(text[r]) { r += 1 }
        guard r - colon - 1 >= 2, !isLetter(r), classAt(r) != .digit else { return nil }
        return r
    }

    /// "km/h", "Mbit/s": a listed unit containing a slash, starting at `p`.
    mutating func unitEnd(from p: Int, slash: Int) -> Int? {
        let r = letterRunEnd(slash + 1)
        guard r > slash + 1, classAt(r) != .digit else { return nil }
        return profile.units.value(for: text.bytes[p..<r]) != nil ? r : nil
    }

    /// A word followed by an apostrophe at `q`: `geht´s` (acute or grave accent used as
    /// apostrophe), or an elision/genitive apostrophe at the end of the word
    /// (`Virus'`, `säh'`) unless it closes an open single quote. Returns the word's end.
    mutating func apostropheExtension(at q: Int) -> Int {
        let (v, length) = text.scalar(at: q)
        let isApostrophe = v == 0x27 || v == 0x2019 || v == 0xB4 || v == 0x60
        guard isApostrophe else { return q }
        let after = q + length
        if isLetter(after) {
            // ICU already joins letter'letter and letter’letter; this covers ´ and `.
            let r = letterRunEnd(after)
            if profile.cliticSuffixes.value(for: text.bytes[after..<r]) != nil, !isLetter(r) { return r }
            return q
        }
        if v == 0x27 || v == 0x2019, !openSingleQuote, lastScalarIsLetter(before: q) {
            // A second apostrophe ('') is a closing LaTeX quote, not an elision.
            if after < chunkEnd, text[after] == UInt8(ascii: "'") { return q }
            return after
        }
        return q
    }
}
