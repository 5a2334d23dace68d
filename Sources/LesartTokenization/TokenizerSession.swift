import LesartCore

/// A worker's tokenizer: owns the ICU iterator and scratch buffers, reused for every
/// document the worker handles. Not thread-safe; make one per worker with
/// ``Tokenizer/makeSession()``.
public final class TokenizerSession {
    private var scanner: TokenScanner

    init(tokenizer: Tokenizer, breaker: WordBreaker) {
        scanner = TokenScanner(tokenizer: tokenizer, breaker: breaker)
    }

    deinit { scanner.release() }

    /// Replaces `document.tokens` with the tokens of its text.
    public func tokenize(_ document: inout Document) {
        scanner.tokenize(&document)
    }
}
