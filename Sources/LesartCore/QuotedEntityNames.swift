/// A catalog entry's canonical name, actor and identifier as JSON string literals (quotes
/// included), made once when the catalog loads, for names that need no escape.
///
/// The JSONL writer writes the three names of every mention; escaping the same short
/// strings anew for each mention cost more than the rest of an entity record. With these
/// it copies bytes. A name with a byte that JSON output may escape has none (the writer
/// escapes it as before): a control character, `"`, `\`, DEL, or 0xE2 (the lead byte of
/// U+2028 and U+2029) — the candidates of the writers' escape check, so any other name is
/// written unchanged between its quotes.
public struct QuotedEntityNames: Sendable {
    /// The canonical name, the actor and the identifier, each quoted, one after another.
    public let bytes: [UInt8]
    /// The bytes of the quoted canonical name (the first ones).
    public let canonicalCount: Int
    /// The bytes of the quoted actor (after the canonical name); the identifier follows.
    public let actorCount: Int

    /// Nil when one of the names has a byte that may need an escape.
    public init?(canonical: String, actor: String, identifier: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(canonical.utf8.count + actor.utf8.count + identifier.utf8.count + 6)
        for name in [canonical, actor, identifier] {
            guard !name.utf8.contains(where: Self.mayNeedEscape) else { return nil }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: "\""))
        }
        self.bytes = bytes
        canonicalCount = canonical.utf8.count + 2
        actorCount = actor.utf8.count + 2
    }

    /// Whether JSON output may escape `byte` (see the type's comment).
    static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2
    }
}
