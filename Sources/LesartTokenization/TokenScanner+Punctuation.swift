import LesartCore

/// Punctuation, symbols, quotes, apostrophe forms and emoticons.
extension TokenScanner {
    /// A token starting with punctuation or a symbol at `p`.
    mutating func punctuation(at p: Int, scalar v: UInt32, length: Int) -> (Int, TokenKind) {
        let kind: TokenKind = ScalarClass.of(v) == .symbol ? .symbol : .punctuation
        switch v {
        case 0x27, 0x2019, 0x60, 0xB4:  // ' ’ ` ´
            return apostrophe(at: p, scalar: v, length: length)
        case 0x2E:  // "." and "..", "...", "...."
            return (runEnd(p + 1) { $0 == UInt8(ascii: ".") }, .punctuation)
        case 0x3F, 0x21:  // runs of ? and !: "?!", "!!!"
            return (runEnd(p + 1) { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }, .punctuation)
        case 0x2D:  // "-", "--", "->", signed numbers
            let next = p + 1
            if next < chunkEnd, text[next] == UInt8(ascii: ">") { return (next + 1, .symbol) }
            if classAt(next) == .digit, signMayStart(p) {
                let (e, k) = number(at: next)
                return (e, k == .ordinal ? .number : k)
            }
            return (runEnd(next) { $0 == UInt8(ascii: "-") }, .punctuation)
        case 0x2A:  // "*", "**"
            return (runEnd(p + 1) { $0 == UInt8(ascii: "*") }, .punctuation)
        case 0x2212:  // "−1,5" with a minus sign
            if classAt(p + length) == .digit, signMayStart(p) { return (number(at: p + length).0, .number) }
            return (p + length, .symbol)
        case 0xA7:  // "§§"
            var q = p + length
            while q + 1 < chunkEnd, text[q] == 0xC2, text[q + 1] == 0xA7 { q += 2 }
            return (q, .symbol)
        case 0x2B:  // "+49"
            if classAt(p + 1) == .digit, signMayStart(p) { return (number(at: p + 1).0, .number) }
            return (p + 1, .symbol)
        case 0x3C:  // "<-", "<=>"
            if text.matches("<=>", at: p) { return (p + 3, .symbol) }
            if p + 1 < chunkEnd, text[p + 1] == UInt8(ascii: "-") || text[p + 1] == UInt8(ascii: "=") {
                return (p + 2, .symbol)
            }
            return (p + 1, .symbol)
        case 0x3D:  // "=>"
            if p + 1 < chunkEnd, text[p + 1] == UInt8(ascii: ">") { return (p + 2, .symbol) }
            return (p + 1, .symbol)
        case 0x5F:  // "_": emphasis "_so_" or a leading underscore "_Sub"
            return underscore(at: p)
        case 0x5C:  // "\\"
            return (runEnd(p + 1) { $0 == UInt8(ascii: "\\") }, .symbol)
        case 0x40:
            if let e = matchMention(at: p) { return (e, .mention) }
            return (p + 1, .symbol)
        case 0x23:
            return hashtag(at: p)
        default:
            return (p + length, kind)
        }
    }

    /// The end of the run of bytes from `q` that `belongs` accepts, inside the chunk.
    @inline(__always)
    private func runEnd(_ q: Int, _ belongs: (UInt8) -> Bool) -> Int {
        var q = q
        while q < chunkEnd, belongs(text[q]) { q += 1 }
        return q
    }

    /// An apostrophe or accent at `p` (scalar `v`): a word it opens (`'s`, `’ne`), a
    /// doubled ASCII quote (`''`), or a mark that may open a single quote.
    private mutating func apostrophe(at p: Int, scalar v: UInt32, length: Int) -> (Int, TokenKind) {
        if let e = apostropheWord(at: p + length) { return (e, .word) }
        let next = p + length
        if v == 0x27 || v == 0x60, next < chunkEnd, text[next] == UInt8(v) { return (next + 1, .punctuation) }
        if v == 0x27 || v == 0x60 {
            // An apostrophe opening a quote is followed by a letter and starts freshly.
            openSingleQuote = (classAt(next) == .letter || classAt(next) == .digit) && startsFreshly(p)
        }
        return (next, .punctuation)
    }

    /// An underscore at `p`: a word it leads (`_Sub`), or emphasis opening or closing (`_so_`).
    private mutating func underscore(at p: Int) -> (Int, TokenKind) {
        if isLetter(p + 1) {
            let r = letterRunEnd(p + 1)
            if openUnderscore || !closingUnderscoreAhead(from: r) {
                return (r, .word)
            }
            openUnderscore = true
            return (p + 1, .punctuation)
        }
        openUnderscore = false
        return (p + 1, .punctuation)
    }

    /// A hashtag at `p` (`#thema`, under EmpiriST with the compound it heads:
    /// `#Refugeeswelcome-Bewegung`), or the symbol `#`.
    private mutating func hashtag(at p: Int) -> (Int, TokenKind) {
        guard let e = matchHashtag(at: p) else { return (p + 1, .symbol) }
        if tokenizer.convention == .empirist, e < chunkEnd, text[e] == UInt8(ascii: "-"), isLetter(e + 1) {
            return (word(at: e + 1).0, .hashtag)
        }
        return (e, .hashtag)
    }

    /// Whether a word ending in "_" follows within the line (closing an emphasis).
    private mutating func closingUnderscoreAhead(from r: Int) -> Bool {
        var q = r
        let limit = min(text.count, r + 200)
        while q < limit, text[q] != 0x0A, text[q] != 0x0D {
            if text[q] == UInt8(ascii: "_"), q > 0, ScalarClass.of(text.scalar(at: text.previousScalarStart(before: q)).value) == .letter {
                let next = q + 1 < text.count ? ScalarClass.of(text.scalar(at: q + 1).value) : .whitespace
                if next != .letter && next != .digit { return true }
            }
            q += 1
        }
        return false
    }

    /// A sign may start a number at the chunk start or after an opening bracket or slash.
    private mutating func signMayStart(_ p: Int) -> Bool {
        if p == chunkStart { return true }
        let b = text[p - 1]
        return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "/")
    }

    /// After an apostrophe at the start of a word: a listed clitic (`'s`, `'nem`) or a
    /// shortened year (`'90er`). Returns the end of the whole form.
    private mutating func apostropheWord(at q: Int) -> Int? {
        guard q < chunkEnd else { return nil }
        if isLetter(q) {
            let r = letterRunEnd(q)
            guard profile.cliticPrefixes.value(for: text.bytes[q..<r]) != nil else { return nil }
            return isLetter(r) || classAt(r) == .digit ? nil : r
        }
        let d = digitRunEnd(q)
        guard d - q == 2 else { return nil }
        let r = letterRunEnd(d)
        return classAt(r) == .digit ? nil : r
    }

    /// A listed emoticon at `p` (longest first), with a repeated last character allowed
    /// (`:-)))`), or a `:shortcode:`. Emoticons must not be glued to a following letter or
    /// digit; those starting with a letter or digit (`xD`, `8-)`) must stand alone.
    mutating func matchEmoticon(at p: Int, letterStart: Bool) -> Int? {
        if letterStart {
            guard p == chunkStart, chunkEnd - p <= profile.emoticons.maxKeyLength + 3 else { return nil }
        }
        // No listed emoticon starts with these two bytes, and no shortcode: nothing to try.
        guard profile.mayStartEmoticon(text[p], text.byte(p + 1)) || text[p] == UInt8(ascii: ":") else { return nil }
        let glued = !startsFreshly(p)
        var length = min(profile.emoticons.maxKeyLength, chunkEnd - p)
        let lengths = profile.emoticonLengths[Int(text[p])]
        while length >= 2 {
            if lengths & (1 << UInt64(length)) != 0, profile.emoticons.value(for: text.bytes[p..<(p + length)]) != nil {
                var end = p + length
                let last = text[end - 1]
                if last == UInt8(ascii: ")") || last == UInt8(ascii: "(") || last == UInt8(ascii: "D")
                    || last == UInt8(ascii: "P") || last == UInt8(ascii: "*") || last == UInt8(ascii: "]") {
                    while end < chunkEnd, text[end] == last { end += 1 }
                }
                let next = classAt(end)
                if next == .letter || next == .digit { length -= 1; continue }
                if glued && length < 3 { length -= 1; continue }
                return end
            }
            length -= 1
        }
        if text[p] == UInt8(ascii: ":"), !glued { return shortcodeEnd(p) }
        return nil
    }

    /// `:smile:`, `:point_up_2:`.
    private mutating func shortcodeEnd(_ p: Int) -> Int? {
        var q = p + 1
        while q < chunkEnd {
            let b = text[q]
            let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
            guard ok else { break }
            q += 1
        }
        guard q - p >= 3, q < chunkEnd, text[q] == UInt8(ascii: ":") else { return nil }
        return q + 1
    }
}
