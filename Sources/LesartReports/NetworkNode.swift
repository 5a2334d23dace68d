/// One actor of the network: its name, code (ISO alpha-3 or a stable id, empty when
/// unknown), kind, how often it is mentioned, and the records it holds and receives.
public struct NetworkNode: Sendable, Hashable {
    public var actor: String
    public var code: String
    public var kind: String
    public var mentions: Int
    public var outgoing: Int
    public var incoming: Int
}
