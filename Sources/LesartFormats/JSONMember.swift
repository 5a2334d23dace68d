/// One member of a JSON object parsed by ``JSONObjectParser``: where its key and value lie
/// in the input (byte ranges; a string's range excludes the quotes) and the value's kind.
public struct JSONMember: Sendable, Hashable {
    /// The key's bytes between the quotes, escapes not yet decoded.
    public var key: Range<Int>
    /// Whether the key contains a backslash escape (decode it with ``JSONObjectParser/decodedString(_:in:)``).
    public var keyHasEscapes: Bool
    public var kind: JSONValueKind
    /// The value's bytes: between the quotes for a string, the whole literal otherwise.
    public var value: Range<Int>
    /// Whether a string value contains a backslash escape: without one, its bytes are the
    /// decoded string already (no ``JSONObjectParser/decodedString(_:in:)`` pass needed).
    public var valueHasEscapes: Bool

    public init(key: Range<Int>, keyHasEscapes: Bool, kind: JSONValueKind, value: Range<Int>, valueHasEscapes: Bool = false) {
        self.key = key
        self.keyHasEscapes = keyHasEscapes
        self.kind = kind
        self.value = value
        self.valueHasEscapes = valueHasEscapes
    }
}
