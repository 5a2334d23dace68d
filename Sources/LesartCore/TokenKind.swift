/// What a token is. Stored in one byte on every ``Token``.
public enum TokenKind: UInt8, Sendable, CaseIterable, Hashable {
    /// A word, including hyphenated compounds, gender forms and clitics (`EU-Beitritt`, `geht's`).
    case word
    /// A number: `42`, `3,5`, `1.000.000`, `1/2`, `978-0-596-52068-7`.
    case number
    /// A number with a final period used as an ordinal: `3.` in `am 3. Oktober`.
    case ordinal
    /// An abbreviation or initial with its period(s): `z.B.`, `Nr.`, `B.`.
    case abbreviation
    /// Punctuation: `.`, `,`, `?!`, `...`, `„`, `(`, `–`.
    case punctuation
    /// Any other symbol: `€`, `%`, `&`, `+`, `×`.
    case symbol
    /// A URL, with or without scheme: `https://example.org/a`, `spiegel.de/politik`.
    case url
    /// An e-mail address.
    case email
    /// An @mention.
    case mention
    /// A #hashtag.
    case hashtag
    /// An ASCII or kaomoji emoticon: `:-)`, `^^`, `¯\_(ツ)_/¯`.
    case emoticon
    /// An emoji sequence, including ZWJ sequences, flags and skin tones.
    case emoji
    /// A date written with digits: `27.11.2026`, `2026-11-27`.
    case date
    /// A clock time: `12:30`, `9.45` is not recognised as a time.
    case time

    /// The lowercase name used in every output format.
    public var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .ordinal: "ordinal"
        case .abbreviation: "abbreviation"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .mention: "mention"
        case .hashtag: "hashtag"
        case .emoticon: "emoticon"
        case .emoji: "emoji"
        case .date: "date"
        case .time: "time"
        }
    }
}
