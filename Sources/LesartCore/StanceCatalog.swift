/// Names for the indices a ``Stance`` holds: the cue lemmas and the rules of the detector
/// that produced it.
public protocol StanceCatalog: Sendable {
    /// The lemma of cue `index`, e.g. `liefern`.
    func lemma(of cue: UInt32) -> String
    /// The identifier of rule `index`, e.g. `verb.active`.
    func ruleName(of rule: UInt16) -> String
}
