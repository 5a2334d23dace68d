import LesartCore

/// The closing fragment of each token record with the comma before the next one,
/// `,"kind":"word"},`, in fixed slots indexed by ``TokenKind/rawValue``, so the JSONL
/// writer copies one slot instead of building a name (and takes back the last comma).
struct TokenKindFragments {
    /// Bytes per slot; every fragment is shorter.
    static let slotSize = 32

    /// The fragments, one slot each, padded.
    let slots: [UInt8]
    /// The length of each fragment.
    let lengths: [Int]

    static let shared = TokenKindFragments()

    private init() {
        var slots = [UInt8](repeating: 0, count: Self.slotSize * (Int(TokenKind.allCases.map(\.rawValue).max()!) + 1))
        var lengths = [Int](repeating: 0, count: slots.count / Self.slotSize)
        for kind in TokenKind.allCases {
            let fragment = Array(",\"kind\":\"\(kind.name)\"},".utf8)
            precondition(fragment.count <= Self.slotSize, "token kind name too long for its slot")
            let slot = Int(kind.rawValue) * Self.slotSize
            slots.replaceSubrange(slot..<(slot + fragment.count), with: fragment)
            lengths[Int(kind.rawValue)] = fragment.count
        }
        self.slots = slots
        self.lengths = lengths
    }
}
