/// Facts about a token's surroundings, kept as bits on every ``Token``.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Whitespace follows the token (CoNLL-U writes `SpaceAfter=No` when it is absent).
    public static let spaceAfter = TokenFlags(rawValue: 1 << 0)
    /// A line break lies between the previous token and this one.
    public static let lineStart = TokenFlags(rawValue: 1 << 1)
    /// A blank line (or the start of the text) lies before this token: a paragraph starts here.
    public static let paragraphStart = TokenFlags(rawValue: 1 << 2)
    /// The token begins with an uppercase letter.
    public static let capitalized = TokenFlags(rawValue: 1 << 3)
    /// The token begins with a lowercase letter.
    public static let lowercase = TokenFlags(rawValue: 1 << 4)
}
