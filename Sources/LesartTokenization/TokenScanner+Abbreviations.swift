import LesartCore
import LesartWords

/// Abbreviations: when a word with its period is a listed abbreviation, and when it is
/// a word that ends a sentence instead.
///
/// The lexicon lists each abbreviation in its usual case. The other case of its first
/// letter is accepted in two situations only: a lowercase entry written with a capital at
/// the start of a sentence (`Vgl.` for `vgl.`) or as a noun's abbreviation inside one
/// when no sentence start follows (`der Vgl. mit …`), and a capitalised entry written in
/// lowercase (`std.`, `nr.` in informal text). Entries whose letters also spell an
/// ordinary word (abbreviation-words.txt: `Art.`, `So.`, `schweiz.`) are words before a
/// sentence start (`eine Art. Die …`), and their lowercase spelling of a capitalised
/// entry is always the word (`so.`, `alt.`, `mag.`).
extension TokenScanner {
    /// Whether `range` (ending in ".") is an abbreviation: listed, a single letter
    /// (initials, `z.` of `z. B.`), or short letter groups joined by periods (`i.d.R.`,
    /// `U.S.A.`). `lettersOnly`: the word before the period is letters only (the plain
    /// paths' words), so it holds no hyphen and no inner period and those tests are skipped.
    mutating func isAbbreviation(_ range: Range<Int>, lettersOnly: Bool = false) -> Bool {
        if let cls = listedAbbreviation(range) {
            // A unit after a number at a sentence's end is the unit and a full stop ("100 PS.",
            // "nach 3 Std. Dann …"); "3 Std. Zeit" goes on.
            if isUnitAfterNumber(range), sentenceStartFollows(range.upperBound) { return false }
            // A title precedes a name or number; at a paragraph's end it is the word itself
            // ("Wo ist mein Tab.").
            return cls != .title || !endsParagraph(after: range.upperBound)
        }
        // A compound ending in an abbreviation: "Stefan-Evert-Str.", "Kunden-Nr.", "Parkstr.".
        if !lettersOnly {
            var hyphen = range.upperBound - 1
            while hyphen > range.lowerBound, text[hyphen] != UInt8(ascii: "-") { hyphen -= 1 }
            if hyphen > range.lowerBound, listedAbbreviation((hyphen + 1)..<range.upperBound, insideWord: true) != nil {
                return true
            }
        }
        if range.count > 5, profile.abbreviationEndingShapes.mayEnd(before: range.upperBound - 1, in: text.bytes) {
            for length in 3...6 where range.count > length + 2 {
                let start = range.upperBound - length
                if profile.abbreviationEndingShapes.mayContain(text.bytes, start, range.upperBound),
                   profile.abbreviationEndings.value(for: text.bytes[start..<range.upperBound]) != nil {
                    return true
                }
            }
        }
        let body = range.lowerBound..<(range.upperBound - 1)
        let first = text.scalar(at: body.lowerBound)
        if first.length == body.count {
            // "10.000 m." ends a sentence with a unit, not an initial ("15 m. hoffe ich" does not).
            if let last = tokens.last, last.kind == .number, profile.units.value(for: text.bytes[body]) != nil,
               !nextWordIsLowercase(after: range.upperBound) {
                return false
            }
            return true
        }
        return !lettersOnly && isLetterGroupAbbreviation(body)
    }

    /// The class of the listed abbreviation spelled by `range` (ending in "."), under the
    /// case rules above; nil when it is not one here. `insideWord`: the range is the part
    /// after a hyphen (`Kunden-Nr.`), which never starts a sentence.
    mutating func listedAbbreviation(_ range: Range<Int>, insideWord: Bool = false) -> AbbreviationClass? {
        guard profile.abbreviationShapes.mayContain(text.bytes, range.lowerBound, range.upperBound) else { return nil }
        let bytes = text.bytes[range]
        if let cls = profile.abbreviations.value(for: bytes) {
            if profile.abbreviationWords.value(for: bytes) != nil, sentenceStartFollows(range.upperBound) { return nil }
            return cls
        }
        // Only the flipped case can match now.
        guard let cls = profile.abbreviations.value(foldingFirstLetterOf: bytes) else { return nil }
        let isWord = profile.abbreviationWords.value(foldingFirstLetterOf: bytes) != nil
        let b0 = text[range.lowerBound]
        if LetterCase.latin1(b0, b0 < 0x80 ? 0 : text[range.lowerBound + 1]) == .capital {
            // A lowercase entry with a capital: at a sentence start ("Vgl. dazu"); inside a
            // sentence only as a noun's abbreviation that the sentence goes on after ("der
            // Vgl. hinkt"), and never for a word ("in der Schweiz.").
            guard !insideWord else { return nil }
            if startsSentence() { return isWord && sentenceStartFollows(range.upperBound) ? nil : cls }
            return isWord || sentenceStartFollows(range.upperBound) ? nil : cls
        }
        // A capitalised entry in lowercase ("nr.", "std."), unless it spells a word ("so.",
        // "alt."); after a number it is still the abbreviation ("am 3. jan.").
        if isWord, !(tokens.last.map { $0.kind == .number || $0.kind == .ordinal } ?? false) { return nil }
        return cls
    }

    /// Whether the token about to be emitted opens a sentence: it starts the text or a
    /// line, or only opening quotes, brackets and dashes stand between it and final
    /// punctuation or a colon.
    mutating func startsSentence() -> Bool {
        if nextFlags.contains(.lineStart) { return true }
        var k = tokens.count - 1
        while k >= 0 {
            let t = tokens[k]
            guard t.kind == .punctuation else { return false }
            let b = text[Int(t.start)]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":")
                || (b == 0xE2 && text[Int(t.start) + 1] == 0x80 && text[Int(t.start) + 2] == 0xA6) {
                return true
            }
            if t.flags.contains(.lineStart) { return true }
            // Opening quotes and brackets, a dash or bullet, or closing quotes after final
            // punctuation may come before the word.
            guard !Self.closesBefore(b) else { return false }
            k -= 1
        }
        return true
    }

    /// Closing punctuation and separators after which no sentence starts (`)`, `,`, `;`).
    @inline(__always)
    static func closesBefore(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
    }

    /// Whether a sentence evidently starts after `p`: the text or paragraph ends, or the
    /// next word (after opening quotes) is a capitalised sentence-opening word (`Die`,
    /// `Er`, `Dann`; sentence-starters.txt).
    mutating func sentenceStartFollows(_ p: Int) -> Bool {
        if endsParagraph(after: p) { return true }
        var q = p
        while q < text.count, ScalarClass.of(text.scalar(at: q).value) == .whitespace { q += text.scalar(at: q).length }
        guard q > p else { return false }
        // Opening quotes: " „ » « “ ‚ and (.
        while q < text.count {
            let b = text[q]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") {
                q += 1
            } else if b == 0xC2, text.byte(q + 1) == 0xBB || text.byte(q + 1) == 0xAB {
                q += 2
            } else if b == 0xE2, text.byte(q + 1) == 0x80, [0x9E, 0x9C, 0x9A].contains(text.byte(q + 2)) {
                q += 3
            } else {
                break
            }
        }
        var r = q
        while r < text.count, text[r] < 0x80 ? ScalarClass.ascii(text[r]) == .letter : ScalarClass.of(text.scalar(at: r).value) == .letter {
            r += text.scalar(at: r).length
        }
        return r > q && profile.sentenceStarters.value(for: text.bytes[q..<r]) != nil
    }

    /// Whether `range` (ending in ".") is a unit of units.txt right after a number (`3 Std.`).
    private mutating func isUnitAfterNumber(_ range: Range<Int>) -> Bool {
        guard let last = tokens.last, last.kind == .number else { return false }
        return profile.units.value(for: text.bytes[range.lowerBound..<(range.upperBound - 1)]) != nil
    }

    /// Short letter groups joined by periods, the last followed by one: `i.d.R.`, `U.S.A.`;
    /// not a name whose last group is two or three capitals (`E.ON.`).
    private mutating func isLetterGroupAbbreviation(_ body: Range<Int>) -> Bool {
        // The first group has one to three letters: a period must stand within the first four bytes.
        guard body.count >= 3, text[body.lowerBound + 1] == UInt8(ascii: ".") || text[body.lowerBound + 2] == UInt8(ascii: ".")
                || body.count > 3 && text[body.lowerBound + 3] == UInt8(ascii: ".") else { return false }
        var group = 0
        var groups = 0
        var capitals = 0
        for k in body {
            let b = text[k]
            if b == UInt8(ascii: ".") {
                if group == 0 || group > 3 { return false }
                groups += 1
                group = 0
                capitals = 0
            } else if b >= 0x41 && b <= 0x5A {
                group += 1
                capitals += 1
            } else if b >= 0x61 && b <= 0x7A {
                group += 1
            } else {
                return false
            }
        }
        // A last group of two or three capitals is a name's acronym, not an abbreviated word
        // ("E.ON." is the name and a full stop; "U.S.A.", "v.Chr." are abbreviations).
        return groups >= 1 && group >= 1 && group <= 3 && !(group >= 2 && capitals == group)
    }
}
