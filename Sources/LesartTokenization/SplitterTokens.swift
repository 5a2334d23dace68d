import LesartCore

/// The sentence splitter's read access to a document's tokens and their bytes, and the
/// tests it asks of them (terminal runs, closing quotes, headlines, lists, markers).
struct SplitterTokens {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let profile: LanguageProfile

    func first(_ i: Int) -> UInt8 { bytes[Int(tokens[i].start)] }
    func length(_ i: Int) -> Int { Int(tokens[i].end - tokens[i].start) }

    /// `.`, `!`, `?`, `…` and runs of them.
    func isTerminal(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punctuation else { return false }
        var k = Int(t.start)
        let end = Int(t.end)
        while k < end {
            let b = bytes[k]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                k += 1
            } else if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA6 {
                k += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The index after the terminal run at `i` and what closes with it on its paragraph:
    /// more terminal runs, closing quotes and brackets, emoticons, reference and
    /// superscript markers, actions (`*seufz*`).
    @inline(__always) func closingRunEnd(afterTerminal i: Int) -> Int {
        var j = i + 1
        while j < tokens.count, !tokens[j].flags.contains(.paragraphStart) {
            if isTerminal(j) || isClosing(j) || isEmoticon(j) {
                j += 1
            } else if let markerEnd = referenceMarkerEnd(from: j) ?? superscriptMarkerEnd(from: j) {
                j = markerEnd
            } else if let actionEnd = actionEnd(from: j) {
                j = actionEnd
            } else {
                break
            }
        }
        return j
    }

    /// Ellipsis tokens (`...`, `…`): a sentence may go on after them.
    func isEllipsis(_ i: Int) -> Bool {
        return (length(i) >= 2 && first(i) == UInt8(ascii: ".")) || first(i) == 0xE2
    }

    /// Closing quotes and brackets that belong to the sentence before them.
    func isClosing(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punctuation else { return false }
        let s = Int(t.start)
        switch length(i) {
        case 1:
            let b = bytes[s]
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return true }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                // A straight quote closes when nothing follows it directly or it is
                // glued to what precedes it; with spaces on both sides, when an odd
                // number of its kind precede it in the paragraph.
                let spaceBefore = i > 0 && tokens[i - 1].flags.contains(.spaceAfter)
                if spaceBefore && t.flags.contains(.spaceAfter) && i + 1 < tokens.count
                    && !tokens[i + 1].flags.contains(.lineStart) {
                    return countInParagraph(before: i, of: b) % 2 == 1
                }
                return !(spaceBefore && !t.flags.contains(.spaceAfter) && i + 1 < tokens.count)
            }
            return false
        case 2:
            // '' (LaTeX closing quote), « and » (C2 AB / C2 BB)
            if bytes[s] == UInt8(ascii: "'") && bytes[s + 1] == UInt8(ascii: "'") { return true }
            guard bytes[s] == 0xC2 && (bytes[s + 1] == 0xBB || bytes[s + 1] == 0xAB) else { return false }
            let spaceBefore = i > 0 && tokens[i - 1].flags.contains(.spaceAfter)
            let spaceAfter = t.flags.contains(.spaceAfter) || i + 1 == tokens.count
            if spaceBefore && spaceAfter { return !opensGuillemets(i) }
            return !(spaceBefore && !spaceAfter)
        case 3:
            // “ (E2 80 9C) ” (9D) ‘ (98) ’ (99) › (BA) ‹ (B9)
            guard bytes[s] == 0xE2, bytes[s + 1] == 0x80 else { return false }
            switch bytes[s + 2] {
            case 0x9C, 0x9D, 0x98, 0x99, 0xBA, 0xB9:
                return !(i > 0 && tokens[i - 1].flags.contains(.spaceAfter) && !t.flags.contains(.spaceAfter))
            default: return false
            }
        default:
            return false
        }
    }

    /// How many one-byte punctuation tokens `b` stand before token `i` in its paragraph.
    func countInParagraph(before i: Int, of b: UInt8) -> Int {
        var k = i
        var count = 0
        while k > 0, !tokens[k].flags.contains(.paragraphStart) {
            k -= 1
            if tokens[k].kind == .punctuation, length(k) == 1, first(k) == b { count += 1 }
        }
        return count
    }

    /// For a guillemet with spaces on both sides (`» Komm! «`): whether it is the kind
    /// that opens quotes in its paragraph, the kind of the paragraph's first guillemet
    /// (`»…«` in German, `«…»` in Swiss and French style).
    func opensGuillemets(_ i: Int) -> Bool {
        var k = i
        var firstKind = bytes[Int(tokens[i].start) + 1]
        while k > 0, !tokens[k].flags.contains(.paragraphStart) {
            k -= 1
            let s = Int(tokens[k].start)
            if tokens[k].kind == .punctuation, length(k) == 2, bytes[s] == 0xC2, bytes[s + 1] == 0xBB || bytes[s + 1] == 0xAB {
                firstKind = bytes[s + 1]
            }
        }
        return bytes[Int(tokens[i].start) + 1] == firstKind
    }

    /// Whether the sentence ends after the terminal run at `terminal`, with `next` the
    /// first token after it (and after closing quotes or brackets).
    func endsSentence(terminal i: Int, next j: Int) -> Bool {
        let n = tokens[j]
        if n.kind == .punctuation {
            let b = first(j)
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: ")") { return false }
        }
        if n.flags.contains(.lowercase) {
            // An ellipsis before a lowercase word rarely ends a sentence, nor does a quoted
            // exclamation or question ("Sie rief „Hilfe!“ und rannte weg"); a full stop
            // before one does in informal text (lowercase sentence starts).
            if isEllipsis(i) { return false }
            let b = first(i)
            if b == UInt8(ascii: "?") || b == UInt8(ascii: "!") { return j == i + 1 }
            return true
        }
        return true
    }

    /// A run of @mentions and #hashtags starting at `i` (the addressees and tags that
    /// head a post): the index after it, or nil.
    func addressRunEnd(from i: Int) -> Int? {
        var j = i
        while j < tokens.count, tokens[j].kind == .mention || tokens[j].kind == .hashtag {
            j += 1
            // A stray apostrophe or colon after a handle belongs to the run.
            if j < tokens.count, tokens[j].kind == .punctuation, length(j) == 1,
               first(j) == UInt8(ascii: "'") || first(j) == UInt8(ascii: ":") { j += 1 }
        }
        return j > i ? j : nil
    }

    /// Whether the hashtag at `i` starts the run of hashtags (and mentions) that ends its
    /// paragraph: the tags of a post, after its text.
    func startsTrailingTags(_ i: Int) -> Bool {
        var j = i + 1
        while j < tokens.count, !tokens[j].flags.contains(.paragraphStart) {
            guard tokens[j].kind == .hashtag || tokens[j].kind == .mention else { return false }
            j += 1
        }
        return true
    }

    /// UD: a semicolon followed by a capitalised sentence-opening word. A colon never ends a
    /// sentence there (direct speech, announcements: `Er sagte: Die …`).
    func isSemicolonBreak(_ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation, length(i) == 1,
              first(i) == UInt8(ascii: ";") else { return false }
        let next = i + 1
        return tokens[next].flags.contains(.capitalized)
            && profile.sentenceStarters.value(for: bytes[tokens[next].byteRange]) != nil
    }

    /// A footnote or reference marker glued to the token before it (`geschaffen.[2]`,
    /// `[12]`, `[a]`, `[Anm. 3]`): `[`, one to three numbers, words or abbreviations,
    /// `]`. Returns the index after `]`, or nil.
    func referenceMarkerEnd(from i: Int) -> Int? {
        guard i > 0, !tokens[i - 1].flags.contains(.spaceAfter), tokens[i].kind == .punctuation, length(i) == 1,
              first(i) == UInt8(ascii: "[") else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 4 {
            let t = tokens[j]
            if t.kind == .punctuation, length(j) == 1, first(j) == UInt8(ascii: "]") { return j > i + 1 ? j + 1 : nil }
            guard t.kind == .number || t.kind == .word || t.kind == .abbreviation, !t.flags.contains(.lineStart) else {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// A footnote marker in superscript digits glued to the token before it
    /// (`geschaffen.¹`, `Ende.²³`): the index after its last digit, or nil.
    func superscriptMarkerEnd(from i: Int) -> Int? {
        guard i > 0, !tokens[i - 1].flags.contains(.spaceAfter), isSuperscriptDigit(i) else { return nil }
        var j = i + 1
        while j < tokens.count, !tokens[j - 1].flags.contains(.spaceAfter), isSuperscriptDigit(j) { j += 1 }
        return j
    }

    /// A token that is one superscript digit: ¹ ² ³ (C2 B9, B2, B3) or ⁰ ⁴–⁹ (E2 81 B0, B4–B9).
    func isSuperscriptDigit(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .symbol || t.kind == .number || t.kind == .punctuation else { return false }
        let s = Int(t.start)
        switch length(i) {
        case 2: return bytes[s] == 0xC2 && (bytes[s + 1] == 0xB9 || bytes[s + 1] == 0xB2 || bytes[s + 1] == 0xB3)
        case 3: return bytes[s] == 0xE2 && bytes[s + 1] == 0x81 && (bytes[s + 2] == 0xB0 || (0xB4...0xB9).contains(bytes[s + 2]))
        default: return false
        }
    }

    /// An action in asterisks (`*gg*`, `*wieder weg nehm*`) starting at `i`: the index
    /// after its closing asterisk, or nil. At most eight tokens, on one line.
    func actionEnd(from i: Int) -> Int? {
        guard isAsterisk(i), i + 1 < tokens.count, tokens[i].flags.contains(.spaceAfter) == false else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 9 {
            if tokens[j].flags.contains(.lineStart) { return nil }
            if isAsterisk(j) { return j > i + 1 ? j + 1 : nil }
            j += 1
        }
        return nil
    }

    func isAsterisk(_ i: Int) -> Bool {
        tokens[i].kind == .punctuation && length(i) == 1 && first(i) == UInt8(ascii: "*")
    }

    /// Emoticons and emoji: after final punctuation they belong to the sentence before.
    @inline(__always) func isEmoticon(_ i: Int) -> Bool { tokens[i].kind == .emoticon || tokens[i].kind == .emoji }

    /// An abbreviation of class `final` ends a sentence before a word that starts
    /// sentences (sentence-starters.txt); capitalised nouns say nothing in German
    /// (``LanguageRules/onlyStartersAfterAbbreviations``), any capital does elsewhere.
    func abbreviationEndsSentence(_ i: Int) -> Bool {
        let range = tokens[i].byteRange
        guard tokens[i + 1].flags.contains(.capitalized),
              !profile.rules.onlyStartersAfterAbbreviations
                || profile.sentenceStarters.value(for: bytes[tokens[i + 1].byteRange]) != nil else { return false }
        let cls = profile.abbreviations.value(foldingFirstLetterOf: bytes[range])
        return cls == .final
    }

    /// A line that ends without punctuation before a line that starts with a capital,
    /// a number or a bullet: a headline or list item. The line must have begun the
    /// sentence, hold at least two tokens, not be a wrapped line of running text
    /// (``isWrappedLine(endingAt:)``), and not end in a lowercase word, a comma or
    /// an opening bracket (hard-wrapped running text).
    func isHeadlineEnd(_ i: Int, sentenceStart: Int) -> Bool {
        let t = tokens[i]
        let next = tokens[i + 1]
        guard tokens[sentenceStart].flags.contains(.lineStart) else { return false }
        if i == sentenceStart, !nextLineEndsSentence(i + 1), !isShortEntryLine(i + 1) { return false }
        if isBullet(i + 1) { return true }
        if !isEnumerator(i + 1), isWrappedLine(endingAt: i) { return false }
        guard next.flags.contains(.capitalized) || next.kind == .number || next.kind == .ordinal else {
            return false
        }
        switch t.kind {
        case .word:
            return !t.flags.contains(.lowercase) || isShortHeading(from: sentenceStart, to: i)
        case .number, .emoticon, .emoji, .url, .hashtag, .mention, .date, .time:
            return true
        case .punctuation:
            let b = first(i)
            return b == UInt8(ascii: ")") || b == UInt8(ascii: "\"") || (b == 0xE2 && length(i) == 3)
        default:
            return false
        }
    }

    /// A colon at the end of a line before a list: the next line starts with a bullet
    /// or an enumerator (`1.`, `a)`), or is a short line (at most eight tokens) without
    /// final punctuation that another line follows ("Sie brauchen:⏎200 g Mehl⏎…").
    func introducesList(_ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation, length(i) == 1, first(i) == UInt8(ascii: ":") else { return false }
        let k = i + 1
        if isBullet(k) || isEnumerator(k) { return true }
        let next = lineEnd(from: k)
        return next - k <= 8 && next < tokens.count && !tokens[next].flags.contains(.paragraphStart)
            && !isTerminal(next - 1) && !isClosing(next - 1)
    }

    /// The last token of an item line inside a list: the item began at the line start and
    /// does not break off at a comma, hyphen or opening bracket.
    func isListItemEnd(_ i: Int, sentenceStart: Int) -> Bool {
        guard tokens[sentenceStart].flags.contains(.lineStart) else { return false }
        if tokens[i].kind == .punctuation, length(i) == 1 {
            let b = first(i)
            return !(b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || b == UInt8(ascii: ":"))
        }
        return true
    }

    /// An enumerator at the start of a line: an ordinal (`1.`, `IV.`) or a number or
    /// single letter closed by a bracket (`1)`, `a)`).
    func isEnumerator(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.flags.contains(.lineStart) else { return false }
        if t.kind == .ordinal { return true }
        guard t.kind == .number || t.kind == .word && length(k) == 1, k + 1 < tokens.count else { return false }
        return tokens[k + 1].kind == .punctuation && length(k + 1) == 1 && first(k + 1) == UInt8(ascii: ")")
    }

    /// The index of the first token of the line after the one holding token `k`.
    func lineEnd(from k: Int) -> Int {
        var j = k + 1
        while j < tokens.count, !tokens[j].flags.contains(.lineStart) { j += 1 }
        return j
    }

    /// A heading that ends in a lowercase word ("So funktioniert es", "Alles neu"): a
    /// short line (at most six tokens, under 48 bytes, no comma, not ending in `und`,
    /// `oder` and the like: coordinators.txt) before a line that ends with final
    /// punctuation, or before a short entry line (``isShortEntryLine(_:)``: "Über uns⏎
    /// Kontakt"). Hard-wrapped running text has longer lines.
    func isShortHeading(from start: Int, to i: Int) -> Bool {
        guard i - start < 6, Int(tokens[i].end - tokens[start].start) < 48,
              profile.coordinators.value(for: bytes[tokens[i].byteRange]) == nil else { return false }
        for k in start...i where tokens[k].kind == .punctuation && first(k) == UInt8(ascii: ",") { return false }
        return nextLineEndsSentence(i + 1) || isShortEntryLine(i + 1)
    }

    /// Whether the line starting at token `k` ends with final punctuation (a one-word line
    /// before it is then a heading, not the first word of hard-wrapped text).
    func nextLineEndsSentence(_ k: Int) -> Bool {
        var j = k + 1
        while j < tokens.count, !tokens[j].flags.contains(.lineStart) { j += 1 }
        var last = j - 1
        while last > k, isClosing(last) { last -= 1 }
        return isTerminal(last) || j == tokens.count || tokens[j].flags.contains(.paragraphStart)
    }

    /// List bullets: • ‣ ◦ ▪ – - * at the start of a line.
    func isBullet(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.flags.contains(.lineStart), t.kind == .punctuation || t.kind == .symbol else { return false }
        let s = Int(t.start)
        switch length(i) {
        case 1:
            let b = bytes[s]
            return b == UInt8(ascii: "-") || b == UInt8(ascii: "*")
        case 3:
            guard bytes[s] == 0xE2 else { return false }
            let b1 = bytes[s + 1], b2 = bytes[s + 2]
            return (b1 == 0x80 && (b2 == 0xA2 || b2 == 0xA3 || b2 == 0x93)) || (b1 == 0x97 && b2 == 0xA6)
                || (b1 == 0x96 && b2 == 0xAA)
        default:
            return false
        }
    }
}
