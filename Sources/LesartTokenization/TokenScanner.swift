import LesartCore
import LesartWords

/// The tokenizer's scanning state and rules for one worker, as a value: the session owns
/// one and calls it once per document, so the hot loop works on a local struct (no class
/// property accesses, no dynamic exclusivity checks per byte).
///
/// The text is cut into chunks at whitespace; each chunk gets its UAX #29 word boundaries
/// (the "pieces", from ICU or the identical Latin fast path); rules then read the bytes
/// from left to right and decide each token's end and kind, consulting the pieces for
/// plain words. Cost: one pass over the bytes, no allocation per token.
struct TokenScanner {
    let tokenizer: Tokenizer
    let profile: LanguageProfile
    let breaker: WordBreaker
    var latin = LatinWordSegmenter()
    var boundaries: [Int32] = []
    var scratch: [UInt8] = []
    var text = UTF8Text(UnsafeBufferPointer(start: nil, count: 0))
    var tokens = TokenBuffer()
    var chunkStart = 0
    var chunkEnd = 0
    var pieceIndex = 0
    /// Chunk contains '@' / could contain a URL (has '.', '/' or ':').
    var chunkHasAt = false
    var chunkMayHaveURL = false
    var nextFlags: TokenFlags = []
    var openSingleQuote = false
    /// An emphasis "_…_" is open: a word's trailing underscore closes it.
    var openUnderscore = false
    /// The letter masks (``LetterWindow``) of the 64 bytes from `windowStart`, bit k for
    /// byte `windowStart + k` (see `simpleWordsEnd`); `windowStart` is far before the text
    /// when there are none yet.
    var windowStart = TokenScanner.noWindow
    var windowLetters: UInt64 = 0
    var windowSmall: UInt64 = 0

    /// A `windowStart` no position of a text can be in the window of.
    static let noWindow = -(1 << 40)

    init(tokenizer: Tokenizer, breaker: WordBreaker) {
        self.tokenizer = tokenizer
        self.profile = tokenizer.profile
        self.breaker = breaker
        // Room for the boundaries kept across chunks (up to 1,024, see `processChunk`) and a
        // long chunk's own: the array does not grow in a session's first document.
        boundaries.reserveCapacity(2048)
    }

    /// Replaces `document.tokens` with the tokens of its text.
    mutating func tokenize(_ document: inout Document) {
        tokens.removeAll()
        var result: [Token] = []
        // A document reused with `Document.reset` keeps its token array's memory: the
        // tokens are copied into it instead of into a new array.
        let keepsRoom = document.tokens.capacity > 0
        document.utf8.withUnsafeBufferPointer { buffer in
            // Token offsets are 32-bit; the plain-chunk path relies on this bound.
            precondition(buffer.count < Int(UInt32.max), "a document must be smaller than 4 GiB")
            text = UTF8Text(buffer)
            windowStart = Self.noWindow
            if buffer.count >= Self.directWriteBytes && !keepsRoom {
                // Written straight into the new array, with room for a token per 4 bytes
                // (news text has one per 6.4); more move to the buffer's own memory.
                result = Array(unsafeUninitializedCapacity: buffer.count / 4 + 16) { destination, initialized in
                    tokens.attach(destination)
                    run()
                    initialized = tokens.detach()
                }
            } else {
                run()
            }
            text = UTF8Text(UnsafeBufferPointer(start: nil, count: 0))
        }
        if tokens.isEmpty && !keepsRoom {
            document.tokens = result
        } else {
            // Into the kept room, or (a new document) an array of exactly these tokens.
            document.tokens.removeAll(keepingCapacity: true)
            tokens.append(to: &document.tokens)
        }
        tokens.removeAll()
    }

    /// From this text size on, tokens are written straight into a new document's array,
    /// which keeps the room it did not need (a third of it for news text, pages that are
    /// never written); smaller documents get an array of exactly their tokens, copied.
    static let directWriteBytes = 1 << 20

    /// Frees the token buffer (the session's deinit calls this).
    func release() { tokens.deallocate() }

    /// The first pass: whitespace runs (line and paragraph breaks noted) and chunks; runs
    /// of plain chunks take the short path, every other chunk the full one.
    private mutating func run() {
        let n = text.count
        var i = 0
        nextFlags = [.paragraphStart, .lineStart]
        openSingleQuote = false
        openUnderscore = false
        while i < n {
            i = whitespaceEnd(from: i)
            if i >= n { break }
            if tokenizer.usesFastPath {
                let run = plainRun(from: i)
                i = run.end
                if !run.declined { continue }
            }
            i = fullChunkEnd(from: i)
        }
    }

    /// Skips the whitespace from `i`: marks the last token as followed by space and notes
    /// line and paragraph breaks for the next token. Returns the next chunk's start.
    private mutating func whitespaceEnd(from start: Int) -> Int {
        let n = text.count
        var i = start
        var newlines = 0
        while i < n {
            let b = text[i]
            if b < 0x80 {
                if ScalarClass.ascii(b) != .whitespace { break }
                if b == 0x0A || b == 0x0D { newlines += text.lineBreakWeight(UInt32(b), at: i) }
                i += 1
            } else {
                let (v, length) = text.scalar(at: i)
                if ScalarClass.of(v) != .whitespace { break }
                newlines += text.lineBreakWeight(v, at: i)
                i += length
            }
        }
        if i > start { tokens.markSpaceAfterLast() }
        if newlines >= 2 {
            nextFlags.formUnion([.paragraphStart, .lineStart])
        } else if newlines == 1 {
            nextFlags.insert(.lineStart)
        }
        return i
    }

    /// Takes the chunk starting at `i` through the full path (or as a spaced emoticon);
    /// returns its end.
    private mutating func fullChunkEnd(from i: Int) -> Int {
        let n = text.count
        var j = i
        var hasAt = false
        var mayURL = false
        while j < n {
            let b = text[j]
            if b < 0x80 {
                if ScalarClass.ascii(b) == .whitespace { break }
                if b == UInt8(ascii: "@") { hasAt = true }
                if b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: ":") { mayURL = true }
                j += 1
            } else {
                let (v, length) = text.scalar(at: j)
                if ScalarClass.of(v) == .whitespace { break }
                j += length
            }
        }
        chunkHasAt = hasAt
        chunkMayHaveURL = mayURL
        if j - i == 1, let e = spacedEmoticonEnd(i) {
            // ": )" and "; )": one emoticon written with a space.
            chunkStart = i
            chunkEnd = e
            _ = emit(i, e, .emoticon)
            return e
        }
        processChunk(i, j)
        return j
    }

    /// `: )`, `; )`, `: (`, `; D` — a one-character chunk of ":" or ";" and a chunk of one
    /// mouth character after a single space. Returns the end.
    private mutating func spacedEmoticonEnd(_ i: Int) -> Int? {
        let eye = text[i]
        guard eye == UInt8(ascii: ":") || eye == UInt8(ascii: ";"), i + 2 < text.count, text[i + 1] == 0x20 else { return nil }
        let mouth = text[i + 2]
        guard mouth == UInt8(ascii: ")") || mouth == UInt8(ascii: "(") || mouth == UInt8(ascii: "D")
                || mouth == UInt8(ascii: "P") else { return nil }
        let after = i + 3
        if after < text.count, ScalarClass.of(text.scalar(at: after).value) != .whitespace { return nil }
        return after
    }

    private mutating func processChunk(_ start: Int, _ end: Int) {
        chunkStart = start
        chunkEnd = end
        // The chunk's boundaries follow those of earlier chunks, which are dropped only once
        // there are many: emptying an array costs more than a chunk's own boundaries do.
        if boundaries.count > 1024 { boundaries.removeAll(keepingCapacity: true) }
        pieceIndex = boundaries.count
        if !(tokenizer.usesFastPath && latin.appendBoundaries(of: text, in: start..<end, to: &boundaries)) {
            breaker.appendBoundaries(of: text.bytes, in: start..<end, to: &boundaries)
        }
        var p = start
        while p < end {
            if text[p] >= 0x80 {
                let (v, length) = text.scalar(at: p)
                if ScalarClass.isIgnorable(v) {
                    p += length
                    continue
                }
            }
            let (tokenEnd, kind) = recognize(at: p)
            p = emit(p, max(tokenEnd, p + 1), kind)
        }
    }

    /// The end of the UAX #29 piece that contains `p` (pieces only move forward; the chunk's
    /// boundaries start at the cursor's first place, `processChunk` sets it).
    mutating func pieceEnd(_ p: Int) -> Int {
        while pieceIndex < boundaries.count && Int(boundaries[pieceIndex]) <= p { pieceIndex += 1 }
        return pieceIndex < boundaries.count ? Int(boundaries[pieceIndex]) : chunkEnd
    }

    /// The end of the piece containing `p`, without moving the piece cursor.
    mutating func pieceEnd(lookingAhead p: Int) -> Int {
        var k = pieceIndex
        while k < boundaries.count && Int(boundaries[k]) <= p { k += 1 }
        return k < boundaries.count ? Int(boundaries[k]) : chunkEnd
    }

    /// Appends a token, absorbing combining marks and format characters that follow it.
    mutating func emit(_ start: Int, _ proposedEnd: Int, _ kind: TokenKind) -> Int {
        var end = min(proposedEnd, chunkEnd)
        while end < chunkEnd, text[end] >= 0x80 {
            let (v, length) = text.scalar(at: end)
            guard ScalarClass.of(v) == .mark else { break }
            end += length
        }
        var flags = nextFlags
        nextFlags = []
        let b0 = text[start]
        if b0 < 0x80 {
            flags.insert(Self.caseFlag(LetterCase.latin1(b0, 0)))
            tokens.append(Token(start: UInt32(start), end: UInt32(end), kind: kind, flags: flags))
            return end
        }
        if b0 < 0xC6 {
            // Up to U+017F (Latin-1, Latin Extended-A) the bytes tell the case.
            flags.insert(Self.caseFlag(LetterCase.latin(b0, text[start + 1])))
        } else {
            flags.insert(Self.caseFlag(ofScalar: text.scalar(at: start).value))
        }
        tokens.append(Token(start: UInt32(start), end: UInt32(end), kind: kind, flags: flags))
        return end
    }

    /// The flag a token takes for the case of its first letter (none when it has none).
    @inline(__always)
    static func caseFlag(_ letterCase: LetterCase) -> TokenFlags {
        switch letterCase {
        case .capital: .capitalized
        case .small: .lowercase
        case .uncased: []
        }
    }

    /// The flag a token takes for the case of its first scalar `v` (from U+0180 on), by its
    /// Unicode properties. Out of line: inlined, the property lookup's set-up would run for
    /// every token `emit` appends.
    @inline(never)
    static func caseFlag(ofScalar v: UInt32) -> TokenFlags {
        // General punctuation and currency signs (quotes, dashes, `€`) have no case: no
        // property lookup for them (a test checks every scalar of the two blocks).
        if (v >= 0x2000 && v <= 0x206F) || (v >= 0x20A0 && v <= 0x20CF) { return [] }
        guard let scalar = Unicode.Scalar(v) else { return [] }
        if scalar.properties.isUppercase { return .capitalized }
        return scalar.properties.isLowercase ? .lowercase : []
    }

    /// Decides the token that starts at `p`: its end and kind.
    private mutating func recognize(at p: Int) -> (Int, TokenKind) {
        let b = text[p]
        let (v, length) = b < 0x80 ? (UInt32(b), 1) : text.scalar(at: p)
        let cls = ScalarClass.of(v)
        if cls == .letter || cls == .digit, startsFreshly(p) {
            if chunkHasAt, let e = matchEmail(at: p) { return (e, .email) }
            if chunkMayHaveURL, let e = matchURL(at: p) { return (e, .url) }
        }
        if profile.mayStartEmoticon(b), let e = matchEmoticon(at: p, letterStart: cls == .letter || cls == .digit) {
            return (e, .emoticon)
        }
        switch cls {
        case .letter: return word(at: p)
        case .digit: return number(at: p)
        case .punctuation, .symbol: return punctuation(at: p, scalar: v, length: length)
        case .emoji: return (pieceEnd(p), .emoji)
        case .complexLetter: return (pieceEnd(p), .word)
        case .otherDigit: return (pieceEnd(p), .number)
        case .mark, .whitespace: return (pieceEnd(p), .symbol)
        }
    }

    /// Whether `p` starts the chunk or follows a character that is not a letter or digit.
    mutating func startsFreshly(_ p: Int) -> Bool {
        if p == chunkStart { return true }
        if let last = tokens.last, Int(last.end) == p,
           last.kind == .hashtag || last.kind == .mention || last.kind == .emoticon { return true }
        let q = text.previousScalarStart(before: p)
        let cls = ScalarClass.of(text.scalar(at: q).value)
        return cls != .letter && cls != .digit && cls != .complexLetter
    }

    /// Class of the scalar at `p`, or whitespace past the chunk end.
    mutating func classAt(_ p: Int) -> ScalarClass {
        guard p < chunkEnd else { return .whitespace }
        let b = text[p]
        return b < 0x80 ? ScalarClass.ascii(b) : ScalarClass.of(text.scalar(at: p).value)
    }

    /// Whether the scalar at `p` (inside the chunk) is a letter.
    mutating func isLetter(_ p: Int) -> Bool { classAt(p) == .letter }

    /// End of the run of letters starting at `p` (p itself if none).
    mutating func letterRunEnd(_ p: Int) -> Int {
        var q = p
        while q < chunkEnd {
            let b = text[q]
            if b < 0x80 {
                guard ScalarClass.ascii(b) == .letter else { break }
                q += 1
            } else {
                let (v, length) = text.scalar(at: q)
                guard ScalarClass.of(v) == .letter else { break }
                q += length
            }
        }
        return q
    }

    /// End of the run of ASCII digits starting at `p`.
    mutating func digitRunEnd(_ p: Int) -> Int {
        var q = p
        while q < chunkEnd, text[q] >= 0x30, text[q] <= 0x39 { q += 1 }
        return q
    }

    /// Looks up bytes `range` in `table`, also trying the form with its first letter's case
    /// flipped (sentence-initial capitals) unless `foldingFirst` is false.
    mutating func lookup<V>(_ range: Range<Int>, in table: ByteStringTable<V>, foldingFirst: Bool = true) -> V? {
        foldingFirst ? table.value(foldingFirstLetterOf: text.bytes[range]) : table.value(for: text.bytes[range])
    }

    /// Looks up bytes `range` in `table` with all ASCII letters lowercased.
    mutating func lookupLowercased<V>(_ range: Range<Int>, in table: ByteStringTable<V>) -> V? {
        scratch.removeAll(keepingCapacity: true)
        for k in range {
            let b = text[k]
            scratch.append(CaseFlip.lowercasing(b, 0)?.byte ?? b)
        }
        if scratch.count >= 2, let flip = CaseFlip.lowercasing(scratch[0], scratch[1]) { flip.apply(to: &scratch) }
        return table.value(for: scratch)
    }
}
