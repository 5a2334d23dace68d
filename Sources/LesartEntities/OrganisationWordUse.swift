/// How a word of `organisation-words.txt` forms an organisation name.
enum OrganisationWordUse: String, Sendable {
    /// A legal form after the name: `Läpple AG`.
    case legal
    /// A sports club prefix before the name: `VfL Osnabrück`.
    case club
    /// An institution word: `Bundesamt für Gesundheit`, `Universität Gießen`, `Hirzel Verlag`.
    case head
    /// A newspaper word after a place adjective: `Berliner Zeitung`.
    case media
    /// A team word after a city: `Northampton Town`.
    case team
}
