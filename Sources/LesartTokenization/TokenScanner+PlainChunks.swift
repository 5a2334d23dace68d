import LesartCore

/// Plain chunks: about nine in ten chunks of German news are a bare word, or a word with
/// one closing punctuation mark (`Regierung`, `sagte,`, `Moskau.`). For those every rule
/// of the full path gives the obvious answer, so they are emitted without word boundaries
/// and without rule dispatch. Anything unusual declines and takes the full path; the
/// differential test (fast path on and off) proves both give the same tokens.
extension TokenScanner {
    /// If the chunk starting at `start` is plain, emits its tokens and returns its end;
    /// otherwise returns nil and emits nothing.
    ///
    /// Plain means: letters only — ASCII or two-byte Latin-1 letters (`ä`, `ß`, `é`) —
    /// with no lowercase letter followed by a capital (`derText`, `iPhone`, `AutorInnen`
    /// have rules of their own), then whitespace or the end of the text, or one of
    /// `, ; : ! ? ) .` and then whitespace or the end. A word before a full stop is checked
    /// for Roman ordinals and abbreviations exactly as the full path does.
    @inline(__always)
    mutating func plainChunkEnd(_ start: Int) -> Int? {
        let n = text.count
        var q = start
        var previousLower = false
        while q < n {
            let b = text[q]
            if b >= 0x61 && b <= 0x7A {
                previousLower = true
                q += 1
            } else if b >= 0x41 && b <= 0x5A {
                if previousLower { return nil }
                q += 1
            } else if b == 0xC3 && q + 1 < n {
                // Latin-1 letters: C3 80–9E capitals (but C3 97 "×"), C3 9F–BF small (but C3 B7 "÷").
                let c = text[q + 1]
                if c >= 0x9F && c <= 0xBF && c != 0xB7 {
                    previousLower = true
                } else if c >= 0x80 && c <= 0x9E && c != 0x97 {
                    if previousLower { return nil }
                } else {
                    return nil
                }
                q += 2
            } else {
                break
            }
        }
        let wordEnd = q
        guard wordEnd > start else { return nil }
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
        chunkStart = start
        chunkEnd = q
        // Letter-initial emoticons ("xD", "XP") standing alone: full path.
        if profile.mayStartEmoticon(text[start], text.byte(start + 1)), matchEmoticon(at: start, letterStart: true) != nil { return nil }
        if mark == UInt8(ascii: ".") {
            // "www." starts a URL on the full path.
            if text.matches("www.", at: start) || text.matches("WWW.", at: start) { return nil }
            if let e = romanOrdinalEnd(start, wordEnd) {
                _ = emit(start, e, .ordinal)
                return q
            }
            if isAbbreviation(start..<q) {
                _ = emit(start, q, .abbreviation)
                return q
            }
        }
        _ = emit(start, wordEnd, .word)
        if mark != 0 { _ = emit(wordEnd, q, .punctuation) }
        return q
    }

    /// ASCII whitespace as ``ScalarClass/ascii(_:)`` defines it (controls, space, DEL).
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b <= 0x20 || b == 0x7F }
}
