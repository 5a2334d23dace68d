import LesartCore

/// A possible entity mention before overlaps are resolved.
struct EntityCandidate {
    var start: Int
    var end: Int
    var label: EntityLabel
    var form: EntityForm
    var entry: UInt32
    /// The rule that proposed it; its ``CandidateSource/priority`` decides among
    /// candidates of the same span.
    var source: CandidateSource
    /// For a repeated surname: the start token of the full-name candidate it repeats.
    var antecedentStart: Int? = nil
    /// A group description or reference (`prorussische Separatisten`, `die Rebellen`): a
    /// later group noun may refer to it.
    var isGroup = false

    var length: Int { end - start }
}
