import LesartCore

/// URLs, e-mail addresses, @mentions and #hashtags.
extension TokenScanner {
    /// An e-mail address starting at `p`: local part, `@`, a dotted domain.
    mutating func matchEmail(at p: Int) -> Int? {
        var q = p
        while q < chunkEnd, Self.isLocalPartByte(text[q]) { q += 1 }
        guard q > p, q < chunkEnd, text[q] == UInt8(ascii: "@") else { return nil }
        let domainEnd = domainEnd(from: q + 1)
        guard let domainEnd else { return nil }
        return domainEnd
    }

    /// End of a dotted host name with at least two labels, the last alphabetic.
    private mutating func domainEnd(from start: Int) -> Int? {
        var q = start
        var labels = 0
        var lastLabelStart = start
        var lastLabelAlphabetic = true
        while q < chunkEnd {
            let labelStart = q
            var alphabetic = true
            while q < chunkEnd, Self.isHostByte(text[q]) {
                if !(text[q] | 0x20 >= 0x61 && text[q] | 0x20 <= 0x7A) { alphabetic = false }
                q += 1
            }
            guard q > labelStart else { break }
            labels += 1
            lastLabelStart = labelStart
            lastLabelAlphabetic = alphabetic
            guard q + 1 < chunkEnd, text[q] == UInt8(ascii: "."), Self.isHostByte(text[q + 1]) else { break }
            q += 1
        }
        guard labels >= 2, lastLabelAlphabetic, q - lastLabelStart >= 2 else { return nil }
        return q
    }

    /// A URL starting at `p`: with a scheme (`https://`), `www.`, `doi:`, or a host name
    /// whose last label is a listed top-level domain (`spiegel.de/politik`).
    mutating func matchURL(at p: Int) -> Int? {
        var q = p
        while q < chunkEnd, q - p < 20, Self.isSchemeByte(text[q]) { q += 1 }
        var hasPrefix = false
        // (Each literal is compared only when its first byte is there.)
        let first = text[p]
        if q > p, text.byte(q) == UInt8(ascii: ":"), text.matches("://", at: q) {
            hasPrefix = true
            q += 3
        } else if first | 0x20 == UInt8(ascii: "w"), text.matches("www.", at: p) || text.matches("WWW.", at: p) {
            hasPrefix = true
        } else if first == UInt8(ascii: "d"), text.matches("doi:", at: p), classAt(p + 4) == .digit {
            hasPrefix = true
        }
        if !hasPrefix {
            guard let host = domainEnd(from: p) else { return nil }
            var labelStart = host
            while labelStart > p, text[labelStart - 1] != UInt8(ascii: ".") { labelStart -= 1 }
            let tld = text.bytes[labelStart..<host]
            guard tld.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
                  profile.topLevelDomains.value(for: tld) != nil else { return nil }
            // A bare host name must end the token or continue with a path or port.
            if host < chunkEnd {
                let c = text[host]
                let pathOrPort = c == UInt8(ascii: "/") || (c == UInt8(ascii: ":") && classAt(host + 1) == .digit)
                if !pathOrPort && classAt(host) != .punctuation { return nil }
                if !pathOrPort { return host }
            } else {
                return host
            }
        }
        var end = p
        while end < chunkEnd, !Self.isURLStop(text[end]) {
            end += text[end] < 0x80 ? 1 : text.scalar(at: end).length
        }
        return trimURL(p, end)
    }

    /// Drops trailing punctuation that belongs to the sentence, keeping balanced brackets.
    private mutating func trimURL(_ p: Int, _ proposedEnd: Int) -> Int? {
        var end = proposedEnd
        while end > p {
            let last = text[end - 1]
            if last >= 0x80 {
                // Typographic quotes and other non-ASCII trailing punctuation.
                let start = text.previousScalarStart(before: end)
                let cls = ScalarClass.of(text.scalar(at: start).value)
                if cls == .punctuation { end = start; continue }
                break
            }
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "*"):
                end -= 1
                continue
            case UInt8(ascii: ")"):
                var open = 0
                var close = 0
                for k in p..<end {
                    if text[k] == UInt8(ascii: "(") { open += 1 } else if text[k] == UInt8(ascii: ")") { close += 1 }
                }
                if close > open { end -= 1; continue }
            default:
                break
            }
            break
        }
        return end - p >= 4 ? end : nil
    }

    /// `@name` (p at "@").
    mutating func matchMention(at p: Int) -> Int? {
        let e = handleEnd(p + 1)
        return e > p + 1 ? e : nil
    }

    /// `#Tag` (p at "#"), with at least one letter.
    mutating func matchHashtag(at p: Int) -> Int? {
        guard startsFreshly(p) else { return nil }
        let e = handleEnd(p + 1)
        guard e > p + 1 else { return nil }
        var q = p + 1
        while q < e {
            if classAt(q) == .letter { return e }
            q += text[q] < 0x80 ? 1 : text.scalar(at: q).length
        }
        return nil
    }

    /// End of a run of letters, digits and underscores.
    private mutating func handleEnd(_ p: Int) -> Int {
        var q = p
        while q < chunkEnd {
            let cls = classAt(q)
            guard cls == .letter || cls == .digit || text[q] == UInt8(ascii: "_") else { break }
            q += text[q] < 0x80 ? 1 : text.scalar(at: q).length
        }
        return q
    }

    private static func isLocalPartByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: "%")
    }

    private static func isHostByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    private static func isSchemeByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    /// Characters that never occur inside a URL in running text.
    private static func isURLStop(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"):
            return true
        case 0xE2:  // „ “ ” » « are E2 80 9x / C2 Bx; stop at General Punctuation quotes
            return true
        case 0xC2:
            return true
        default:
            return false
        }
    }
}
