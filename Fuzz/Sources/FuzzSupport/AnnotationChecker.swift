import Lesart

/// Invariants of the layers after the tokens: entities index valid tokens, in order and
/// disjoint, inside one sentence; stances name a valid sentence, valid entities and a cue
/// inside that sentence. Returns the violations found.
public enum AnnotationChecker {
    public static func violations(in document: Document) -> [String] {
        var problems: [String] = []
        let tokenCount = document.tokens.count
        var previousEnd = 0
        for (index, entity) in document.entities.enumerated() {
            let first = Int(entity.firstToken), end = Int(entity.endToken)
            if !(first < end && end <= tokenCount) {
                problems.append("entity \(index) has token range \(first)..<\(end) of \(tokenCount) tokens")
                continue
            }
            if first < previousEnd { problems.append("entity \(index) overlaps the previous one") }
            previousEnd = end
            if let sentence = document.sentences.first(where: { $0.tokenRange.contains(first) }),
               end > Int(sentence.endToken) {
                problems.append("entity \(index) \(first)..<\(end) crosses the end of its sentence")
            }
            if entity.antecedent != Entity.noEntry, Int(entity.antecedent) >= document.entities.count {
                problems.append("entity \(index) has antecedent \(entity.antecedent) of \(document.entities.count)")
            }
        }
        for (index, stance) in document.stances.enumerated() {
            guard Int(stance.sentence) < document.sentences.count else {
                problems.append("stance \(index) names sentence \(stance.sentence) of \(document.sentences.count)")
                continue
            }
            let sentence = document.sentences[Int(stance.sentence)]
            for (role, entity) in [("holder", stance.holder), ("target", stance.target)]
            where Int(entity) >= document.entities.count {
                problems.append("stance \(index) \(role) is entity \(entity) of \(document.entities.count)")
            }
            let cue = Int(stance.cueFirstToken)..<Int(stance.cueEndToken)
            if cue.isEmpty || cue.lowerBound < Int(sentence.firstToken) || cue.upperBound > Int(sentence.endToken) {
                problems.append("stance \(index) cue tokens \(cue) outside sentence \(sentence.tokenRange)")
            }
        }
        return problems
    }
}
