import LesartCore
import LesartTokenization

/// Names inside hyphenated compounds (`EU-Beitritt`) and compounds of places
/// (`Bremen-Vegesack`).
extension EntityScan {
    /// A name inside a hyphenated compound (`EU-Beitritt`, `Assad-Regime`): the whole
    /// token is the mention, with form `part` (a demonym part keeps form `derived`). `kind`, `range`:
    /// `tokens[i]`'s kind and byte range, read once by the caller.
    @inline(__always)
    func addPart(at i: Int, kind: TokenKind, range: Range<Int>, containsHyphen: Bool, to candidates: inout [EntityCandidate]) {
        guard kind == .word || kind == .hashtag else { return }
        // A truncation ("Lenk-" in "Lenk- und Ruhezeiten") names nothing.
        if bytes[range.upperBound - 1] == UInt8(ascii: "-") { return }
        // Without a hyphen a word is neither a compound of places nor has a part.
        guard containsHyphen else { return }
        if let whole = placeCompound(range) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name, entry: whole, source: .placeCompound))
            return
        }
        var partStart = range.lowerBound
        var k = range.lowerBound
        var hasHyphen = false
        while k <= range.upperBound {
            if k == range.upperBound || bytes[k] == UInt8(ascii: "-") {
                if k < range.upperBound { hasHyphen = true }
                if hasHyphen || k < range.upperBound, partStart < k,
                   let match = singleTokenMatch(bytes[partStart..<k]), !match.isAmbiguous,
                   !(partStart == range.lowerBound && k == range.upperBound) {
                    let form: EntityForm = match.form == .derived ? .derived : .part
                    candidates.append(EntityCandidate(start: i, end: i + 1, label: match.label, form: form,
                                                      entry: match.entry, source: .compoundPart))
                    return
                }
                partStart = k + 1
            }
            k += 1
        }
    }

    /// A hyphenated compound of places is itself a place: "Eutingen-Weitingen",
    /// "Bremen-Vegesack". Returns the entry of its first part.
    func placeCompound(_ range: Range<Int>) -> UInt32? {
        var first: UInt32? = nil
        var start = range.lowerBound
        var parts = 0
        for k in range.lowerBound...range.upperBound where k == range.upperBound || bytes[k] == UInt8(ascii: "-") {
            guard k > start, let m = singleTokenMatch(bytes[start..<k]), m.label == .location, m.form == .name,
                  !m.isAmbiguous else { return nil }
            if first == nil { first = m.entry }
            parts += 1
            start = k + 1
        }
        return parts >= 2 ? first : nil
    }
}
