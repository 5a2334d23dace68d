import LesartCore

/// One pass of ``SentenceSplitter`` over a document's tokens, left to right: the sentence
/// being built, whether the pass is inside a list, and the sentences closed so far. Each
/// token is decided by one step in this order: a paragraph start closes the sentence; words
/// and numbers end one only at the end of a headline or list line; addressees heading a
/// post stand alone; a terminal run (with what closes after it) ends one unless a
/// lowercase word or a comma goes on; other tokens end one by their kind (abbreviations,
/// emoticons, actions, headline and list lines, UD semicolons).
///
/// The tokens come in as a parameter of every step, not as a stored property: a large
/// struct read from `self` in a mutating method is copied for each call of one of its
/// methods (a `memcpy` per token decided, 40 % more instructions in the splitter).
struct SentencePass {
    let convention: Convention
    /// The sentences closed so far, in order, covering the tokens before `start`.
    private(set) var sentences: [Sentence] = []
    /// The first token of the sentence being built.
    private var start = 0
    /// Inside a list introduced by a line ending in a colon: every line is an item.
    private var inList = false

    /// A pass with room for the sentences of `tokenCount` tokens (about one in twelve).
    init(tokenCount: Int, convention: Convention) {
        self.convention = convention
        sentences.reserveCapacity(tokenCount / 12 + 1)
    }

    /// Decides every token, then closes the last sentence at the end.
    mutating func run(over tokens: SplitterTokens) {
        let n = tokens.tokens.count
        var i = 0
        while i < n { i = step(at: i, in: tokens) }
        close(n)
    }

    /// Ends the sentence being built before token `end` (nothing when it would be empty);
    /// the next one starts there.
    @inline(__always) private mutating func close(_ end: Int) {
        if end > start { sentences.append(Sentence(firstToken: UInt32(start), endToken: UInt32(end))) }
        start = end
    }

    /// Decides token `i`; returns the index of the next token to decide.
    @inline(__always) private mutating func step(at i: Int, in tokens: SplitterTokens) -> Int {
        let token = tokens.tokens[i]
        if token.flags.contains(.paragraphStart) {
            if i > start { close(i) }
            inList = false
        }
        let kind = token.kind
        if kind == .word || kind == .number || kind == .ordinal { return afterWord(i, in: tokens) }
        if kind == .hashtag, i > start, tokens.startsTrailingTags(i), tokens.holdsWord(start..<i) {
            // "… in der Live-Demo #tagung": the tags that end a post stand apart from its text.
            close(i)
        }
        if i == start, let end = headingAddressesEnd(from: i, in: tokens) {
            // "@anna #thema Text": addressees and tags heading a post stand alone.
            close(end)
            return end
        }
        if tokens.isTerminal(i) { return afterTerminal(i, in: tokens) }
        return afterOther(i, in: tokens)
    }

    /// Most tokens (words, numbers, ordinals): they end a sentence only as the last of a
    /// headline-like line or of a list item, or before a sentence glued to theirs
    /// (``SplitterTokens/startsGluedSentence(_:sentenceStart:)``).
    @inline(__always) private mutating func afterWord(_ i: Int, in tokens: SplitterTokens) -> Int {
        let next = i + 1
        guard next < tokens.tokens.count else { return next }
        let flags = tokens.tokens[next].flags
        guard !flags.contains(.paragraphStart) else { return next }
        if flags.contains(.lineStart),
           tokens.isHeadlineEnd(i, sentenceStart: start) || inList && tokens.isListItemEnd(i, sentenceStart: start) {
            close(next)
        } else if flags.contains(.capitalized), tokens.tokens[i].kind != .ordinal,
                  tokens.startsGluedSentence(next, sentenceStart: start) {
            close(next)
        }
        return next
    }

    /// The end of a run of @mentions and #hashtags at a sentence start that stands alone:
    /// something follows it in the same paragraph, not a lowercase word.
    @inline(__always) private func headingAddressesEnd(from i: Int, in tokens: SplitterTokens) -> Int? {
        guard let end = tokens.addressRunEnd(from: i), end < tokens.tokens.count,
              !tokens.tokens[end].flags.contains(.paragraphStart), !tokens.tokens[end].flags.contains(.lowercase) else {
            return nil
        }
        return end
    }

    /// A terminal run at `i`: the sentence ends after it and the quotes, brackets,
    /// emoticons, markers and actions that close with it, unless what follows goes on
    /// (``SplitterTokens/endsSentence(terminal:next:)``). Returns the index after them.
    @inline(__always) private mutating func afterTerminal(_ i: Int, in tokens: SplitterTokens) -> Int {
        let j = tokens.closingRunEnd(afterTerminal: i)
        if j < tokens.tokens.count, tokens.endsSentence(terminal: i, next: j) {
            close(j)
            inList = false
        }
        return j
    }

    /// Any other token (punctuation that is not terminal, abbreviations, emoticons,
    /// symbols, URLs, …) before a token of the same paragraph: it ends the sentence when it
    /// is an abbreviation of class `final` before a sentence starter, an emoticon before a
    /// word, an action, the end of a headline or list line, a colon introducing a list,
    /// (UD) a semicolon before a sentence starter, or a closing quote or bracket before a
    /// sentence glued to it.
    @inline(__always) private mutating func afterOther(_ i: Int, in tokens: SplitterTokens) -> Int {
        let n = tokens.tokens.count
        guard i + 1 < n else { return i + 1 }
        let token = tokens.tokens[i]
        let next = tokens.tokens[i + 1]
        guard !next.flags.contains(.paragraphStart) else { return i + 1 }
        if token.kind == .abbreviation, tokens.abbreviationEndsSentence(i) {
            close(i + 1)
        } else if tokens.isEmoticon(i), next.kind == .word || next.kind == .abbreviation,
                  token.kind == .emoticon || !next.flags.contains(.lowercase) {
            // An emoticon closes a sentence before a word; an emoji only before a
            // word that is not lowercase ("Hilfe 🇺🇦 für Kyjiw" goes on).
            close(i + 1)
        } else if let actionEnd = tokens.actionEnd(from: i), actionEnd < n, i > start,
                  tokens.tokens[actionEnd].kind == .word, !tokens.tokens[actionEnd].flags.contains(.paragraphStart) {
            // "umso besser *gg* ich hab …": an action ends the sentence it closes.
            close(actionEnd)
            return actionEnd
        } else if next.flags.contains(.lineStart), tokens.isHeadlineEnd(i, sentenceStart: start)
                    || inList && tokens.isListItemEnd(i, sentenceStart: start) {
            close(i + 1)
        } else if next.flags.contains(.lineStart), tokens.introducesList(i) {
            close(i + 1)
            inList = true
        } else if convention == .ud, tokens.isSemicolonBreak(i) {
            close(i + 1)
        } else if next.flags.contains(.capitalized), tokens.isClosing(i), tokens.first(i) != UInt8(ascii: "]"),
                  tokens.startsGluedSentence(i + 1, sentenceStart: start), tokens.holdsWord(start..<i) {
            // A quoted or parenthesised headline run into the text: "… Natur“ Die Polizei …"
            // (not an editorial marker in square brackets, "[1]", "[Bild]", nor a bare
            // number before its sentence).
            close(i + 1)
        }
        return i + 1
    }
}
