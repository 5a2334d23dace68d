/// A sentence: a contiguous range of token indices. The sentences of a document
/// partition its tokens in order.
public struct Sentence: Sendable, Hashable {
    /// Index of the first token.
    public var firstToken: UInt32
    /// Index one past the last token.
    public var endToken: UInt32

    public init(firstToken: UInt32, endToken: UInt32) {
        self.firstToken = firstToken
        self.endToken = endToken
    }

    /// The token indices of this sentence.
    @inlinable public var tokenRange: Range<Int> { Int(firstToken)..<Int(endToken) }
}
