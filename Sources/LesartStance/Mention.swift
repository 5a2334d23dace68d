/// An entity mention seen from inside a clause: where it is and how it is marked.
struct Mention {
    let entity: Int
    let first: Int
    let end: Int
    /// Token index of the preposition governing it ("gegen", "von"), if any.
    var preposition: Int?
    /// Marked as accusative or dative by its determiner ("den Iran", "dem Kreml").
    var objective: Bool
    /// A prenominal genitive ("Russlands Antwort") or a demonym adjective before a noun.
    var attributive: Bool
    /// A later member of an enumeration: "Armenien" in "dem Iran, Armenien und Kasachstan".
    var coordinated: Bool
    /// An agent inside an attribute: "Russland" in "der von Russland geführten Organisation".
    var insideAttribute: Bool
    /// The name stands inside a larger noun phrase: "des IS" in "gegen Stellungen des IS",
    /// "IS" in "der Miliz IS". It can be the target the phrase names, not the subject.
    var possessed = false
}
