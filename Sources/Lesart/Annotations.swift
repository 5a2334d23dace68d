/// The layers a pipeline stage can read from and add to a ``Document``.
public struct Annotations: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ``Document/tokens``.
    public static let tokens = Annotations(rawValue: 1 << 0)
    /// ``Document/sentences``.
    public static let sentences = Annotations(rawValue: 1 << 1)
    /// ``Document/entities``.
    public static let entities = Annotations(rawValue: 1 << 2)
    /// ``Document/stances``.
    public static let stances = Annotations(rawValue: 1 << 3)

    /// Names of the layers, in pipeline order.
    public static let named: [(String, Annotations)] = [
        ("tokens", .tokens), ("sentences", .sentences), ("entities", .entities), ("stances", .stances),
    ]

    /// The layer names in this set, comma-separated ("tokens, sentences"); "nothing" when empty.
    public var description: String {
        let names = Self.named.filter { contains($0.1) }.map(\.0)
        let custom = subtracting(Annotations(Self.named.map(\.1)))
        let all = custom.isEmpty ? names : names + ["custom(0x\(String(custom.rawValue, radix: 16)))"]
        return all.isEmpty ? "nothing" : all.joined(separator: ", ")
    }
}
