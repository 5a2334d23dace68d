import LesartCore

/// Runs of plain chunks: the common stretch of running text (`die Regierung sagte, dass`),
/// emitted without going back to the chunk loop after every word. Simple words — letters
/// only (see ``LetterWindow``), maybe with one closing mark — are read from the letter
/// masks of 64 bytes at a time; every other plain chunk goes through `plainChunkEnd`,
/// which decides exactly as before, so the tokens are the same (the differential tests
/// compare them with the full path's).
extension TokenScanner {
    /// Emits the plain chunks from the chunk start `start` on, as long as single spaces
    /// separate them. Returns where it stopped: at whitespace that is not one space before
    /// another chunk (`declined` false), or at the start of a chunk that is not plain
    /// (`declined` true; the full path takes it).
    mutating func plainRun(from start: Int) -> (end: Int, declined: Bool) {
        let n = text.count
        var p = start
        while true {
            let wordsEnd = simpleWordsEnd(from: p)
            guard wordsEnd < n, !Self.isASCIISpace(text[wordsEnd]) else { return (wordsEnd, false) }
            // After a word's single space, a byte that may not start a chunk (the lead byte
            // of U+00A0, a second space): the chunk loop reads the whitespace from the space.
            if wordsEnd != p, !Self.startsChunk(text[wordsEnd]) { return (wordsEnd - 1, false) }
            p = wordsEnd
            guard let e = plainChunkEnd(p) else { return (p, true) }
            guard e + 1 < n, text[e] == 0x20, Self.startsChunk(text[e + 1]) else { return (e, false) }
            tokens.markSpaceAfterLast()
            p = e + 1
        }
    }

    /// Emits simple words from the chunk start `start` on while single spaces separate
    /// them: letters only, without a small letter followed by a capital, then ASCII
    /// whitespace or one of `, ; : ! ? )` and whitespace. Returns where it stopped: the
    /// start of a chunk it leaves to `plainChunkEnd` (`start` itself when it emitted
    /// nothing), whitespace after the last word it emitted, or the byte after that word's
    /// single space when no simple word starts there, which `plainRun` checks (a letter
    /// always starts a chunk, so the loop need not test that byte before each word).
    mutating func simpleWordsEnd(from start: Int) -> Int {
        let n = text.count
        let base = text.bytes.baseAddress!
        var p = start
        while let offset = letterWindowOffset(at: p) {
            let letters = UInt32(truncatingIfNeeded: windowLetters >> UInt64(offset))
            let small = UInt32(truncatingIfNeeded: windowSmall >> UInt64(offset))
            let length = (~letters).trailingZeroBitCount
            // A word of 32 bytes or more is plainChunkEnd's (it ends inside the window, as
            // the offset is below 32 too).
            guard length > 0, length < 32, let end = simpleWordEnd(base, p, length, letters, small) else { return p }
            guard end &+ 1 < n, base[end] == 0x20 else { return end }
            p = end &+ 1
        }
        return p
    }

    /// Moves the letter masks (64 bytes from `windowStart`) so that `p` lies in their first
    /// 32 bytes, and returns its offset there; nil when they cannot cover it (each
    /// ``LetterWindow`` reads the byte before its 16 and the 16 after them). The masks only
    /// move forward, 32 bytes at a time while words follow each other, so each byte of a
    /// run of plain chunks is classified once, and the masks move every four words or so.
    @inline(__always)
    private mutating func letterWindowOffset(at p: Int) -> Int? {
        let offset = p &- windowStart
        // (Positions only grow; were p ever before the window, it would be read anew.)
        if UInt(bitPattern: offset) < 32 { return offset }
        if UInt(bitPattern: offset) < 64 {
            guard windowStart &+ 97 <= text.count else { return nil }
            advanceWindow()
            return offset &- 32
        }
        guard p >= 1, p &+ 33 <= text.count else { return nil }
        moveWindow(to: p)
        return 0
    }

    /// Moves the letter masks 32 bytes forward (readable up to `windowStart + 96`). Not
    /// inlined (once every four words or so): inlined, the masks' lane arithmetic keeps the
    /// compiler from inlining the word's own steps into the loop.
    @inline(never)
    private mutating func advanceWindow() {
        let (letters, small) = Self.masks32(text.bytes.baseAddress! + windowStart + 64)
        windowLetters = windowLetters >> 32 | letters << 32
        windowSmall = windowSmall >> 32 | small << 32
        windowStart &+= 32
    }

    /// Puts the letter masks at `p` (readable from `p - 1` to `p + 32`). Not inlined: it is
    /// rare (after chunks of the full path), and the masks' lane arithmetic is long. Near
    /// the text's end only the first 32 bytes are read: the other 32 count as letters, so
    /// that a word reaching them is 32 bytes long or more and left to `plainChunkEnd`, and
    /// the masks are not moved on (the text is too short for that).
    @inline(never)
    private mutating func moveWindow(to p: Int) {
        let base = text.bytes.baseAddress!
        let (low, lowSmall) = Self.masks32(base + p)
        let (high, highSmall) = p &+ 65 <= text.count ? Self.masks32(base + p + 32) : (0xFFFF_FFFF, 0)
        windowLetters = low | high << 32
        windowSmall = lowSmall | highSmall << 32
        windowStart = p
    }

    /// The letter masks of the 32 bytes at `p` (readable from `p - 1` to `p + 32`).
    @inline(__always)
    private static func masks32(_ p: UnsafePointer<UInt8>) -> (letters: UInt64, small: UInt64) {
        let masks = LetterWindow.masks32(p)
        return (UInt64(masks.letters), UInt64(masks.small))
    }

    /// The simple word of `length` bytes at `p` with its masks from `p` on: emits it (and
    /// its closing mark) and returns the chunk's end (the whitespace after it), or nil when
    /// the chunk is not simple or may be an emoticon or a URL (`plainChunkEnd` decides).
    /// A full stop after it may make it an ordinal or an abbreviation, decided as in
    /// `plainChunkEnd` (`fullStopToken`).
    @inline(__always)
    private mutating func simpleWordEnd(_ base: UnsafePointer<UInt8>, _ p: Int, _ length: Int, _ letters: UInt32,
                                        _ small: UInt32) -> Int? {
        let wordBits = UInt32(truncatingIfNeeded: (1 << length) &- 1)
        guard letters & ~small & (small << 1) & wordBits == 0 else { return nil }  // `derText`, `iPhone`
        let wordEnd = p &+ length
        let after = base[wordEnd]
        var end = wordEnd
        if !Self.isASCIISpace(after) {
            guard Self.isSimpleMark(after), wordEnd &+ 1 < text.count, Self.isASCIISpace(base[wordEnd &+ 1]) else {
                return nil
            }
            end = wordEnd &+ 1
        }
        guard !mayStartEmoticonOrURL(base, p, length) else { return nil }
        var flags = nextFlags
        flags.insert(Self.caseFlag(smallFirst: small & 1))
        if after == UInt8(ascii: "."), let stop = fullStopChunk(p, wordEnd) {
            // An ordinal or abbreviation: one token with its full stop.
            nextFlags = []
            tokens.append(Token(start: UInt32(truncatingIfNeeded: p), end: UInt32(truncatingIfNeeded: stop.end),
                                kind: stop.kind, flags: flags.union(.spaceAfter)))
            return end
        }
        nextFlags = []
        if end == wordEnd { flags.insert(.spaceAfter) }
        tokens.append(Token(start: UInt32(truncatingIfNeeded: p), end: UInt32(truncatingIfNeeded: wordEnd),
                            kind: .word, flags: flags))
        if end != wordEnd {
            tokens.append(Token(start: UInt32(truncatingIfNeeded: wordEnd), end: UInt32(truncatingIfNeeded: end),
                                kind: .punctuation, flags: .spaceAfter))
        }
        return end
    }

    /// `fullStopToken` for the chunk of the word `p..<wordEnd` and its full stop.
    @inline(__always)
    private mutating func fullStopChunk(_ p: Int, _ wordEnd: Int) -> (end: Int, kind: TokenKind)? {
        chunkStart = p
        chunkEnd = wordEnd &+ 1
        return fullStopToken(p, wordEnd)
    }

    /// `.lowercase` when `smallFirst` is 1, else `.capitalized`, without a branch (the case of
    /// a word's first letter is as good as random to a branch predictor).
    @inline(__always)
    private static func caseFlag(smallFirst: UInt32) -> TokenFlags {
        let small = UInt8(truncatingIfNeeded: smallFirst)
        return TokenFlags(rawValue: TokenFlags.lowercase.rawValue &* small | TokenFlags.capitalized.rawValue &* (1 &- small))
    }

    /// Whether the word of `length` bytes at `p` may start an emoticon (`xD`, `XDDD`) or a
    /// URL (`www.`): then the chunk goes to `plainChunkEnd`, which tells. One bit of the
    /// profile's `simpleWordWatchPairs` rules out both for almost every word; the rarely true
    /// tests come next, so that the word's length and last letter are seldom branched on. The
    /// three bytes from `p` are readable (the word ends inside the letter window).
    @inline(__always)
    func mayStartEmoticonOrURL(_ base: UnsafePointer<UInt8>, _ p: Int, _ length: Int) -> Bool {
        // The two bytes in one load: the first is the pair's low byte.
        let pair = Int(UInt16(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt16.self)))
        guard profile.simpleWordWatchPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
        if profile.mayStartEmoticon(base[p], base[p &+ 1]) {
            let last = base[p &+ length &- 1]
            if length <= profile.longestEmoticonLetterRun || last == UInt8(ascii: "D") || last == UInt8(ascii: "P") {
                return true
            }
        }
        // Three bytes that fold to "www" are ASCII letters, so the word is that long.
        let first3 = UInt32(base[p]) | UInt32(base[p &+ 1]) << 8 | UInt32(base[p &+ 2]) << 16
        return first3 | 0x20_2020 == 0x77_7777
    }

    /// The marks a simple word may end in: `, ; : ! ? ) .`.
    @inline(__always)
    private static func isSimpleMark(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "!")
            || b == UInt8(ascii: "?") || b == UInt8(ascii: ")") || b == UInt8(ascii: ".")
    }

    /// Whether a byte after a single space certainly starts a chunk: ASCII other than
    /// whitespace, or the lead byte of a Latin-1 letter (other lead bytes may start
    /// whitespace such as U+00A0 or U+2009, which the chunk loop reads).
    @inline(__always)
    private static func startsChunk(_ b: UInt8) -> Bool {
        (b > 0x20 && b < 0x7F) || b == 0xC3
    }
}
