/// A cue found in a clause.
struct CueOccurrence {
    let cue: Int32
    let kind: CueFormKind
    let token: Int
    /// End of the cue's token span (the particle of a separable verb extends it).
    let end: Int
    /// An entity that carries the cue as its compound head: "EU-Beitritts" (EU + Beitritt).
    var embedded: Int? = nil
}
