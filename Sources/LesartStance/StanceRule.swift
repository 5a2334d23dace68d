/// The detector's rules, by id (written as `rule` in every record).
enum StanceRule: UInt16, Sendable, CaseIterable {
    case verbActive, verbPassive, verbRecipient, nounGenitive, nounAdjective, nounAgent, adjective, phrase
    case relation, tension, inheritedHolder
    case participleAttribute, invertedSpeech, evaluation, complementSubject

    var name: String {
        switch self {
        case .verbActive: "verb.active"
        case .verbPassive: "verb.passive"
        case .verbRecipient: "verb.recipient"
        case .nounGenitive: "noun.genitive"
        case .nounAdjective: "noun.adjective"
        case .nounAgent: "noun.agent"
        case .adjective: "adjective"
        case .phrase: "phrase"
        case .relation: "relation"
        case .tension: "tension"
        case .inheritedHolder: "clause.inherited-holder"
        case .participleAttribute: "attribute.participle"
        case .invertedSpeech: "speech.inverted"
        case .evaluation: "evaluation"
        case .complementSubject: "verb.complement"
        }
    }
}
