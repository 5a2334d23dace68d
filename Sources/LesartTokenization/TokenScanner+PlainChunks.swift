import LesartCore
import LesartWords

/// Plain chunks: about nine in ten chunks of German news are a bare word, maybe quoted or
/// bracketed, maybe with a closing mark (`Regierung`, `sagte,`, `„Nein“.`, `(SPD)`). For
/// those every rule of the full path gives the obvious answer, so they are emitted without
/// word boundaries and without rule dispatch. Anything unusual declines and takes the full
/// path; the differential tests (fast path on and off) prove both give the same tokens.
extension TokenScanner {
    /// If the chunk starting at `start` is plain, emits its tokens and returns its end;
    /// otherwise returns nil and emits nothing.
    ///
    /// Plain means: an optional opening `„` or `(`; a word of letters only — ASCII or
    /// two-byte Latin-1 letters (`ä`, `ß`, `é`) — with no lowercase letter followed by a
    /// capital (`derText`, `iPhone`, `AutorInnen` have rules of their own); an optional
    /// closing `“`; an optional one of `, ; : ! ? ) .`; then whitespace or the end of the
    /// text. A word directly before a final full stop is checked for Roman ordinals and
    /// abbreviations exactly as the full path does.
    @inline(__always)
    mutating func plainChunkEnd(_ start: Int) -> Int? {
        let n = text.count
        var opening = 0
        if text[start] == 0xE2 {
            guard text.byte(start + 1) == 0x80, text.byte(start + 2) == 0x9E else { return nil }  // „
            opening = 3
        } else if text[start] == UInt8(ascii: "(") {
            opening = 1
        }
        let wordStart = start + opening
        if wordStart < n, text[wordStart] &- 0x30 < 10 { return plainNumberChunkEnd(start, wordStart) }
        guard let wordEnd = plainWordEnd(from: wordStart), wordEnd > wordStart,
              let close = plainClose(after: wordEnd) else { return nil }
        chunkStart = start
        chunkEnd = close.end
        if needsFullPath(start, word: wordStart..<wordEnd, opening: opening, closing: close.closing) { return nil }
        if opening > 0 { emitPlain(start, wordStart, .punctuation) }
        if close.mark == UInt8(ascii: "."), close.closing == 0, let stop = fullStopToken(wordStart, wordEnd) {
            emitPlain(wordStart, stop.end, stop.kind)
            return close.end
        }
        emitPlain(wordStart, wordEnd, .word)
        if close.closing > 0 { emitPlain(wordEnd, wordEnd + close.closing, .punctuation) }
        if close.mark != 0 { emitPlain(close.end - 1, close.end, .punctuation) }
        return close.end
    }

    /// The end of the plain word from `q`: ASCII and two-byte Latin-1 letters, read eight
    /// ASCII small letters at a time; nil when a capital follows a small letter (`derText`,
    /// `iPhone`) or a C3 byte is no letter (`×`).
    @inline(__always)
    private func plainWordEnd(from start: Int) -> Int? {
        let n = text.count
        var q = start
        var previousLower = false
        // Offsets stay far below Int.max (a document is under 4 GiB): wrapping arithmetic.
        let base = text.bytes.baseAddress!
        let lastFullWord = n &- 8
        while q < n {
            // Runs of ASCII lowercase letters, eight bytes at a time (most of a German word).
            if q <= lastFullWord {
                let run = ByteWord.asciiSmallLetterRun(base + q)
                if run > 0 {
                    previousLower = true
                    q &+= run
                    if run == 8 { continue }
                    if q >= n { break }
                }
            }
            let b = base[q]
            if b &- 0x61 < 26 {
                previousLower = true
                q &+= 1
            } else if b &- 0x41 < 26 {
                if previousLower { return nil }
                q &+= 1
            } else if b == 0xC3 && q &+ 1 < n {
                // Latin-1 letters (À–ÿ but × and ÷).
                switch LetterCase.latin1(b, base[q &+ 1]) {
                case .small: previousLower = true
                case .capital: if previousLower { return nil }
                case .uncased: return nil
                }
                q &+= 2
            } else {
                break
            }
        }
        return q
    }

    /// After a plain word ending at `wordEnd`: an optional closing `“`, an optional one of
    /// `, ; : ! ? ) .`, then whitespace or the end of the text. Returns the chunk's end,
    /// the closing quote's length (0 or 3) and the mark (0 if none), or nil.
    @inline(__always)
    private func plainClose(after wordEnd: Int) -> (end: Int, closing: Int, mark: UInt8)? {
        let n = text.count
        var q = wordEnd
        var closing = 0
        if q + 2 < n, text[q] == 0xE2, text[q + 1] == 0x80, text[q + 2] == 0x9C {  // “
            closing = 3
            q += 3
        }
        var mark: UInt8 = 0
        if q < n && !Self.isASCIISpace(text[q]) {
            mark = text[q]
            switch mark {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                 UInt8(ascii: ")"), UInt8(ascii: "."):
                q += 1
            default:
                return nil
            }
            guard q == n || Self.isASCIISpace(text[q]) else { return nil }
        }
        return (q, closing, mark)
    }

    /// A plain word `wordStart..<wordEnd` (letters only) directly before the full stop that ends its chunk
    /// (`chunkStart` and `chunkEnd` set to the chunk's bounds): a Roman ordinal (`XIV.`) or
    /// an abbreviation, with the full stop, as the full path decides them; nil for a word
    /// and its full stop.
    @inline(__always)
    mutating func fullStopToken(_ wordStart: Int, _ wordEnd: Int) -> (end: Int, kind: TokenKind)? {
        guard mayBeOrdinalOrAbbreviation(wordStart, wordEnd) else { return nil }
        if profile.rules.ordinalsAndDates, let e = romanOrdinalEnd(wordStart, wordEnd) { return (e, .ordinal) }
        return isAbbreviation(wordStart..<(wordEnd + 1), lettersOnly: true) ? (wordEnd + 1, .abbreviation) : nil
    }

    /// A pre-test that `fullStopToken` needs: false when the plain word `wordStart..<wordEnd`
    /// can be neither a Roman ordinal (its first letter is no Roman digit) nor an
    /// abbreviation with its full stop (not one letter, and no listed abbreviation or
    /// ending has its shape: `isAbbreviation` with `lettersOnly` accepts nothing else).
    /// Most words before a full stop are ruled out by it in a few instructions, instead of
    /// two calls that would each find nothing.
    @inline(__always)
    func mayBeOrdinalOrAbbreviation(_ wordStart: Int, _ wordEnd: Int) -> Bool {
        let bytes = text.bytes
        guard wordEnd - wordStart > 2 else { return true }  // one letter (`z.`, `Ä.`) or two
        switch bytes[wordStart] {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
             UInt8(ascii: "D"), UInt8(ascii: "M"):
            return true
        default:
            let stop = wordEnd + 1
            return profile.abbreviationShapes.mayContain(bytes, wordStart, stop)
                || (stop - wordStart > 5 && profile.abbreviationEndingShapes.mayEnd(before: wordEnd, in: bytes))
        }
    }

    /// Whether the plain chunk from `start` must take the full path after all: it may be
    /// or start an emoticon, or its word starts a URL (`www.`).
    @inline(__always)
    private mutating func needsFullPath(_ start: Int, word: Range<Int>, opening: Int, closing: Int) -> Bool {
        let (wordStart, wordEnd) = (word.lowerBound, word.upperBound)
        // Emoticons: "xD", "(y)" and the like take the full path (none can start with
        // a pair of bytes the table does not list). One that starts with a letter must
        // span the whole word (the matcher wants no letter after it), so a longer word
        // needs no test unless it ends in a letter the matcher repeats ("XDDD").
        if opening > 0 || wordEnd - wordStart <= profile.longestEmoticonLetterRun
            || text[wordEnd - 1] == UInt8(ascii: "D") || text[wordEnd - 1] == UInt8(ascii: "P"),
           profile.mayStartEmoticon(text[start], text.byte(start + 1)) {
            if opening > 0 || matchEmoticon(at: start, letterStart: true) != nil { return true }
        }
        if closing > 0, profile.mayStartEmoticon(0xE2, 0x80) { return true }
        // "www." and "www“" may start URLs on the full path.
        return wordEnd - wordStart >= 3 && text[wordStart] | 0x20 == UInt8(ascii: "w")
            && text[wordStart + 1] | 0x20 == UInt8(ascii: "w") && text[wordStart + 2] | 0x20 == UInt8(ascii: "w")
    }

    /// A plain number chunk: after the optional opening mark at `start`, ASCII digits with
    /// at most one decimal comma between digits (`2019`, `3,5`), an optional one of
    /// `, ; : ! ? )` (not `.`: ordinals and dates), then whitespace or the end of the text.
    /// The number rules of the full path (times, dates, units, lists, ranges) all need
    /// something else in the chunk. Returns the end after emitting, or nil.
    private mutating func plainNumberChunkEnd(_ start: Int, _ numberStart: Int) -> Int? {
        let n = text.count
        let base = text.bytes.baseAddress!
        var q = numberStart
        while q < n, base[q] &- 0x30 < 10 { q &+= 1 }
        if q &+ 1 < n, base[q] == UInt8(ascii: ","), base[q &+ 1] &- 0x30 < 10 {
            q &+= 1
            while q < n, base[q] &- 0x30 < 10 { q &+= 1 }
        }
        let numberEnd = q
        var mark: UInt8 = 0
        if q < n && !Self.isASCIISpace(base[q]) {
            mark = base[q]
            switch mark {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                 UInt8(ascii: ")"):
                q &+= 1
            default:
                return nil
            }
            guard q == n || Self.isASCIISpace(base[q]) else { return nil }
        }
        // Emoticons such as "8)" take the full path.
        if profile.mayStartEmoticon(base[start], text.byte(start &+ 1)) { return nil }
        chunkStart = start
        chunkEnd = q
        if numberStart > start { emitPlain(start, numberStart, .punctuation) }
        emitPlain(numberStart, numberEnd, .number)
        if mark != 0 { emitPlain(numberEnd, q, .punctuation) }
        return q
    }

    /// Appends a token of a plain chunk: as ``emit(_:_:_:)``, knowing that no combining
    /// mark follows and that the first byte is ASCII, a Latin-1 letter or punctuation.
    @inline(__always)
    private mutating func emitPlain(_ start: Int, _ end: Int, _ kind: TokenKind) {
        var flags = nextFlags
        nextFlags = []
        let b0 = text[start]
        // The case flags written out for the bytes a plain chunk can start with (ASCII, a
        // Latin-1 letter, punctuation): a few instructions per token fewer than through
        // `LetterCase`; FastPathDifferentialTests prove they equal `emit`'s, which asks it.
        if b0 &- 0x41 < 26 {
            flags.insert(.capitalized)
        } else if b0 &- 0x61 < 26 {
            flags.insert(.lowercase)
        } else if b0 == 0xC3 {
            flags.insert(text[start + 1] <= 0x9E ? .capitalized : .lowercase)
        }
        tokens.append(Token(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                            kind: kind, flags: flags))
    }

    /// ASCII whitespace as ``ScalarClass/ascii(_:)`` defines it (controls, space, DEL).
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b <= 0x20 || b == 0x7F }
}
