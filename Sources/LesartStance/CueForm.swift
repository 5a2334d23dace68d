/// A word form in the cue table: which cue, which form, and whether its separable
/// particle must appear later in the clause ("sagt … zu").
struct CueForm: Sendable {
    let cue: Int32
    let kind: CueFormKind
    let needsParticle: Bool
}
