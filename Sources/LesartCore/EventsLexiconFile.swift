/// The files of the event coding, `Lexicons/events/` (`lesart network`).
public enum EventsLexiconFile: String, LexiconFileName {
    /// `CODE NAME`: CAMEO root codes.
    case cameoRoots = "cameo-roots.tsv"
    /// `LEMMA LABEL CODE`: CAMEO codes of cue lemmas.
    case cameoCues = "cameo-cues.tsv"
    /// `CODE INTENT`: the intent code of a material act.
    case cameoIntent = "cameo-intent.tsv"
    /// `ID ALPHA3`: ISO 3166-1 alpha-3 codes of gazetteer entries.
    case isoAlpha3 = "iso3166-alpha3.tsv"

    public static var folder: String { "events" }

    public var fields: ClosedRange<Int> {
        switch self {
        case .cameoCues: 3...3
        default: 2...2
        }
    }
}
