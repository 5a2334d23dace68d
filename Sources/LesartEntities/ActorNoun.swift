import LesartCore

/// A common noun of `actor-nouns.txt` that names an actor by description or reference:
/// a state organ or office (`Regierung`, `Präsident`), a word for a state (`Land`), or a
/// group (`Rebellen`).
struct ActorNoun: Sendable, Hashable {
    enum Kind: String, Sendable {
        /// A state organ or office: `die spanische Regierung`; bare, the document's state.
        case organ
        /// An organ that is the whole government (`Regierung`, `Regime`): an organ; bare,
        /// when no state dominates the document, the state of the nearest sentence that
        /// names one, as for a ``state`` noun.
        case government
        /// An office or body named only with its owner (`Vertreter`, `Sprecher`, `Führung`):
        /// "der Vertreter der EU", "die chinesische Führung"; bare it refers to nothing.
        case attributive
        /// The head noun of names of bodies (`Rat`, `Kommission`): after a definite article,
        /// the body last named with it (`Menschenrechtsrat`, `EU-Kommission`).
        case body
        /// A word for a state: `das Land`, `die Atommacht`; refers to the last named state.
        case state
        /// A group: `die Rebellen`; refers to the last named armed group.
        case group
        /// A group noun that is an actor of its own when nothing earlier fits: `Jihadisten`.
        case generic
    }

    let kind: Kind
    /// The class of the thing named (PER for an office held by one person).
    let label: EntityLabel
    /// For a compound that contains its state (`Kremlchef`): that state's entry.
    let state: UInt32?
}
