import LesartCore

/// Splits a document's text into tokens: ICU word boundaries (UAX #29, with ICU's
/// dictionaries for scripts written without spaces), then the language profile's rules
/// that merge and split (abbreviations, numbers, dates, compounds, URLs, emoticons, …).
///
/// A `Tokenizer` is immutable and `Sendable`; each worker calls ``makeSession()`` once
/// and reuses the session (it owns the ICU iterator and scratch buffers) for all its
/// documents.
public struct Tokenizer: Sendable {
    public let profile: LanguageProfile
    public let convention: Convention
    /// Segment Latin-script chunks with a byte-level scanner that finds exactly ICU's
    /// boundaries (see `LatinWordSegmenter`); chunks it cannot handle always go to ICU.
    /// Plain chunks (a bare word, maybe with one closing mark) skip segmentation and rule
    /// dispatch altogether. Off: every chunk takes the full path (for differential tests).
    public let usesFastPath: Bool

    public init(profile: LanguageProfile, convention: Convention = .empirist, usesFastPath: Bool = true) {
        self.profile = profile
        self.convention = convention
        self.usesFastPath = usesFastPath
    }

    /// A per-worker session. Throws when ICU cannot open a word-break iterator.
    public func makeSession() throws(TokenizerError) -> TokenizerSession {
        try TokenizerSession(tokenizer: self, breaker: WordBreaker(locale: profile.language))
    }

    /// Convenience for one-off use: tokenizes `document` with a fresh session.
    public func tokenize(_ document: inout Document) throws(TokenizerError) {
        try makeSession().tokenize(&document)
    }
}
