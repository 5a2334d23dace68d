/// Facts about a token's surroundings, kept as bits on every ``Token``.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Whitespace follows the token (CoNLL-U writes `SpaceAfter=No` when it is absent).
    @inlinable public static var spaceAfter: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// A line break lies between the previous token and this one.
    @inlinable public static var lineStart: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// A blank line (or the start of the text) lies before this token: a paragraph starts here.
    @inlinable public static var paragraphStart: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// The token begins with an uppercase letter.
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// The token begins with a lowercase letter.
    @inlinable public static var lowercase: TokenFlags { TokenFlags(rawValue: 1 << 4) }
}
