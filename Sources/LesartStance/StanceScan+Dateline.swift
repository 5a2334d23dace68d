import LesartCore

/// Datelines of news copy: "Teheran – Die iranische Polizei …", "Kinshasa/Goma (AFP) -
/// …", "Prag/Wien – …". The places before the dash say where the report was filed; they are
/// no subject of the sentence.
extension StanceScan {
    /// The token after the dash of a dateline opening `range`, or nil: place names (at least
    /// one tagged place) joined by `/`, an optional agency in brackets, then a dash and a
    /// capitalised word.
    func dateline(in range: Range<Int>) -> Int? {
        var k = range.lowerBound
        var places = 0
        while k < range.upperBound, k - range.lowerBound < 10 {
            if entityAt[k] >= 0 {
                let entity = entities[Int(entityAt[k])]
                guard entity.label == .location, entity.form == .name else { return nil }
                places += 1
                k = Int(entity.endToken)
            } else if equals(k, "/") {
                k += 1
            } else if equals(k, "("), places > 0 {
                // "(APA)", "(dpa/AFP)"
                guard let close = (k + 1..<min(range.upperBound, k + 6)).first(where: { equals($0, ")") }) else { return nil }
                k = close + 1
            } else if places > 0, isDash(k) {
                guard k + 1 < range.upperBound, tokens[k + 1].flags.contains(.capitalized) else { return nil }
                return k + 1
            } else if tokens[k].kind == .word, tokens[k].flags.contains(.capitalized), grammar(k).subtracting(.nounLists).isEmpty, cueForms(k) == nil,
                      k + 1 < range.upperBound, equals(k + 1, "/") || isDash(k + 1) || equals(k + 1, "(") {
                // A place the gazetteer does not know ("Sirte –") or a second word of one.
                k += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// A dash token: "–", "—" or "-".
    func isDash(_ k: Int) -> Bool { equals(k, "–") || equals(k, "—") || equals(k, "-") }
}
