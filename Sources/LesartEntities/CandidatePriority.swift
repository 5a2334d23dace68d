/// How much the resolution step trusts a candidate's source when two candidates cover the
/// same tokens (length decides first; see ``EntityScan/resolve(_:)``). Earlier cases win.
enum CandidatePriority: UInt8, Comparable, Sendable {
    /// A name the gazetteer lists, matched as written or inflected: `Russlands`.
    case listed
    /// A listed name found through its form: inside a compound (`EU-Beitritt`), behind a
    /// compass prefix (`Süditalien`), in capitals (`TOKIO`), derived from it (`Gütersloher`).
    case listedByForm
    /// A name found by a rule on its shape or context (`Läpple AG`, `Heidi Klum`,
    /// `Schulstraße`), and a listed compound matched whole (`EU-Kommission`), which yields
    /// to the name inside it.
    case rule
    /// A rule on weak evidence: an unlisted word with a place ending after `in`
    /// (`in Taiskirchen`), a first name before an initial (`Nico G.`) or alone.
    case guess

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
