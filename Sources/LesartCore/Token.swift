/// One token: a byte range of the document's UTF-8 text, its kind and flags.
///
/// Twelve bytes, no references: arrays of tokens are flat and cheap to build.
/// The text of a token is sliced on demand with ``Document/text(of:)-(Token)``.
public struct Token: Sendable, Hashable {
    /// UTF-8 byte offset of the first byte.
    public var start: UInt32
    /// UTF-8 byte offset one past the last byte.
    public var end: UInt32
    public var kind: TokenKind
    public var flags: TokenFlags

    @inlinable public init(start: UInt32, end: UInt32, kind: TokenKind, flags: TokenFlags = []) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    /// The token's byte range in the document.
    @inlinable public var byteRange: Range<Int> { Int(start)..<Int(end) }
}
