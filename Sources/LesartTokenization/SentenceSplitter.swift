import LesartCore

/// Groups a document's tokens into sentences. Works on tokens, not on raw ICU sentence
/// breaks: sentence-final punctuation (with the quotes and brackets that close after it),
/// abbreviations by class, ordinals (already decided by the tokenizer), ellipses,
/// paragraph breaks (always a boundary) and headline-like lines without final punctuation.
///
/// Immutable and `Sendable`; splitting needs no per-worker state. O(tokens).
public struct SentenceSplitter: Sendable {
    public let profile: LanguageProfile
    /// UD also ends a sentence at a semicolon before a sentence-opening word (not at a colon).
    public let convention: Convention

    public init(profile: LanguageProfile, convention: Convention = .empirist) {
        self.profile = profile
        self.convention = convention
    }

    /// Replaces `document.sentences` with sentences covering all of `document.tokens`.
    public func split(_ document: inout Document) {
        var sentences: [Sentence] = []
        document.utf8.withUnsafeBufferPointer { bytes in document.tokens.withUnsafeBufferPointer { tokens in
            var pass = SentencePass(tokenCount: tokens.count, convention: convention)
            pass.run(over: SplitterTokens(bytes: bytes, tokens: tokens, profile: profile))
            sentences = pass.sentences
        } }
        document.sentences = sentences
    }
}
