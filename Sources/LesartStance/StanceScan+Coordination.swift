import LesartCore

/// Coordination of actors: "X und Y", "X, Y und Z", "sowohl X als auch Y", "weder X noch
/// Y", "nicht nur X, sondern auch Y".
extension StanceScan {
    /// Start of a coordinator that ends at token `c` (`und`, `,`, `als auch`, `, sondern
    /// auch`, `noch` after `weder`), or nil.
    func coordinatorStart(endingAt c: Int) -> Int? {
        guard c >= 0, c < tokens.count else { return nil }
        if equals(c, ",") || grammar(c).contains(.coordinator) && tokens[c].kind == .word { return c }
        if isWord(c, .nor), hasWeder(before: c) { return c }
        if isWord(c, .also), c > 0, isWord(c - 1, .alsoBefore) {
            return c - 2 >= 0 && equals(c - 2, ",") ? c - 2 : c - 1
        }
        return nil
    }

    /// End (exclusive) of a coordinator that starts at token `k`, or nil.
    func coordinatorEnd(startingAt k: Int) -> Int? {
        guard k < tokens.count else { return nil }
        if equals(k, ",") {
            if k + 2 < tokens.count, isWord(k + 1, .commaAlsoBefore), isWord(k + 2, .also) { return k + 3 }
            return k + 1
        }
        if grammar(k).contains(.coordinator), tokens[k].kind == .word { return k + 1 }
        if isWord(k, .nor), hasWeder(before: k) { return k + 1 }
        if k + 1 < tokens.count, isWord(k, .alsoBefore), isWord(k + 1, .also) { return k + 2 }
        return nil
    }

    /// Whether "weder" occurs shortly before `k` in its sentence.
    func hasWeder(before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 12, !(tokens[j].kind == .punctuation && !equals(j, ",")) {
            if isWord(j, .neither) { return true }
            j -= 1
        }
        return false
    }

    /// An actor and the actors coordinated with it: "Russland und Aserbaidschan",
    /// "dem Iran, Armenien, Kasachstan und sogar der Region Tschetschenien".
    func expand(_ entity: Int, in mentions: [Mention]) -> ActorGroup {
        var result = ActorGroup(entity)
        // An actor from another clause (the antecedent of a relative clause, the subject of
        // a continued clause) expands over its own enumeration only: after a plain comma no
        // article may follow ("den Iran, der Israel bedroht" is no enumeration).
        let outside = !mentions.contains(where: { $0.entity == entity && $0.first == Int(entities[entity].firstToken) })
        var end = Int(entities[entity].endToken)
        while end < tokens.count {
            guard let after = coordinatorEnd(startingAt: end) else { break }
            let loose = !equals(end, ",") || after > end + 1
            if outside, !loose, after < tokens.count, entityAt[after] < 0 { break }
            var k = after
            var steps = 0
            // After "und" any modifiers may come ("und sogar der lang kontrollierten Region X"),
            // but no verb of the cue lexicon ("kritisiert Israel und unterstützt die Hamas");
            // after a comma only determiners, or the comma ends the enumeration.
            while k < tokens.count, steps < 5, entityAt[k] < 0,
                  isDeterminer(k) || isRegionWord(k) || grammar(k).contains(.coordinator)
                    || (loose && tokens[k].kind == .word && tokens[k].flags.contains(.lowercase)
                        && !grammar(k).contains(.preposition) && cueForms(k) == nil) {
                k += 1
                steps += 1
            }
            guard k < tokens.count, entityAt[k] >= 0 else { break }
            let next = Int(entityAt[k])
            guard outside || mentions.contains(where: { $0.entity == next }) else { break }
            result.append(next)
            end = Int(entities[next].endToken)
        }
        return result
    }

    /// "Region", "Staat": classifiers before a name in an enumeration (class `territory-head`).
    func isRegionWord(_ k: Int) -> Bool { isWord(k, .territoryHead) }
}
