/// A word form in the cue table: which cue, which form, and whether its separable
/// particle must appear later in the clause ("sagt … zu").
struct CueForm: Sendable {
    let cue: Int32
    let kind: CueFormKind
    let needsParticle: Bool
    /// For a phrase's verb: the first bytes of its companions, as a set of their low six bits
    /// like ``StanceScan/initials(of:)`` (empty for other cues). A verb like "erklärt" is the
    /// form of many phrases, and most of them are ruled out by a clause none of whose tokens
    /// begins like one of their companions, without reading their entry.
    let companionInitials: UInt64

    init(cue: Int32, kind: CueFormKind, needsParticle: Bool, companions: [String] = []) {
        self.cue = cue
        self.kind = kind
        self.needsParticle = needsParticle
        companionInitials = Self.initials(of: companions)
    }

    /// The set of the words' first bytes' low six bits (none for an empty word).
    static func initials(of words: [String]) -> UInt64 {
        words.reduce(0) { set, word in word.utf8.first.map { set | 1 << UInt64($0 & 63) } ?? set }
    }
}
