/// The kind of a JSON value found by ``JSONObjectParser``.
public enum JSONValueKind: Sendable, Hashable {
    case string
    /// A number without fraction or exponent (`-12`).
    case integer
    /// A number with a fraction or an exponent (`1.5`, `1e3`).
    case fraction
    case `true`, `false`, null
    case array, object
}
