import LesartCore
import LesartTokenization
import LesartWords

/// Places by form: roads and streets, a compass prefix before a listed place, a listed
/// place in capitals, an unlisted town after a location preposition, places joined by a
/// slash.
extension EntityScan {
    /// Places recognised by their shape rather than listed: a prefix before a listed place
    /// (`Süditalien`, `Oberitaliens`), a listed place in capitals (`TOKIO`), a street or
    /// square (`Schulstraße`, `Schwabacher Straße`, `Tegeler See`). `mayDeriveFromPlace`:
    /// the caller's ``mayDeriveFromPlace(_:)`` of the token.
    func addPlaceByForm(at i: Int, mayDeriveFromPlace: Bool, to candidates: inout [EntityCandidate]) {
        let token = tokens[i]
        guard token.kind == .word else { return }
        let range = token.byteRange
        if mayDeriveFromPlace, let match = derivedFromPlace(i) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .derived,
                                              entry: match.entry, source: .derivedPlace))
        }
        guard token.flags.contains(.capitalized) else { return }
        // Motorways and federal roads: "A 7", "B 96".
        if range.count == 1, roles(i).contains(.roadClass), i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].end - tokens[i + 1].start <= 3,
           token.flags.contains(.spaceAfter) {
            candidates.append(EntityCandidate(start: i, end: i + 2, label: .location, form: .name,
                                              entry: Entity.noEntry, source: .placeByShape))
            return
        }
        // Prefix + place: "Süd" + "italien" → "Italien" (most words start with no prefix: the
        // list's filter says so before the call).
        if gazetteer.placePrefixes.mayHavePrefix(of: range, in: bytes),
           let match = placeAfterPrefix(range) {
            candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name, entry: match.entry, source: .prefixedPlace))
            return
        }
        // Capitals: "TOKIO" → "Tokio".
        if range.count >= 4, isAllCapitals(token) {
            let bytes = bytes
            let title = singleTokenMatch(count: range.count) { buffer in
                var k = 0
                for b in bytes[range] { buffer[k] = k > 0 && b >= 0x41 && b <= 0x5A ? b + 0x20 : b; k += 1 }
            }
            if let match = title, match.label == .location, match.form == .name, !match.isAmbiguous {
                candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name, entry: match.entry, source: .placeInCapitals))
                return
            }
        }
        // An unlisted town after a location preposition: "in Taiskirchen", "nach Weitingen".
        if i > 0, !sentenceStart[i], roles(i - 1).contains(.locationCue),
           !gazetteer.profile.isSentenceStarter(bytes[range]), !isAllCapitals(token) {
            if gazetteer.placeEndings.firstSuffix(of: range, in: bytes, longerBy: 2) != nil {
                candidates.append(EntityCandidate(start: i, end: i + 1, label: .location, form: .name,
                                                  entry: Entity.noEntry, source: .placeAfterCue))
                return
            }
        }
        // One-word street names: "Schulstraße", "Bundesstraße 216".
        if hasPlaceSuffix(range) {
            candidates.append(EntityCandidate(start: i, end: withNumber(i + 1), label: .location, form: .name,
                                              entry: Entity.noEntry, source: .placeByShape))
            return
        }
        // "-er" word + place head: "Tegeler See", "Neuendorfer Straße 90c".
        if i + 1 < tokens.count, range.count >= 5, bytes[range.upperBound - 2] == UInt8(ascii: "e"),
           bytes[range.upperBound - 1] == UInt8(ascii: "r"), token.flags.contains(.spaceAfter),
           roles(i + 1).contains(.placeHeadAfterAdjective) {
            candidates.append(EntityCandidate(start: i, end: withNumber(i + 2), label: .location, form: .name,
                                              entry: Entity.noEntry, source: .placeByShape))
        }
    }

    /// The listed place after a place prefix, its first letter capitalised: "Süd" +
    /// "italien" → "Italien".
    func placeAfterPrefix(_ range: Range<Int>) -> PhraseMatch? {
        let bytes = bytes
        let prefixes = gazetteer.placePrefixes
        let head = ByteStringList.head(of: range, in: bytes)
        guard prefixes.mayHavePrefix(head: head, count: range.count) else { return nil }
        for k in 0..<prefixes.count where range.count > prefixes.length(k) + 2 {
            guard prefixes.isPrefix(k, of: range, head: head, in: bytes) else { continue }
            let rest = (range.lowerBound + prefixes.length(k))..<range.upperBound
            let first = bytes[rest.lowerBound]
            guard first >= 0x61 && first <= 0x7A || first == 0xC3 else { continue }
            let capitalised = singleTokenMatch(count: rest.count) { buffer in
                var k = 0
                for b in bytes[rest] { buffer[k] = b; k += 1 }
                if let flip = CaseFlip.uppercasing(first, rest.count > 1 ? buffer[1] : 0) { buffer[flip.offset] = flip.byte }
            }
            if let match = capitalised, match.label == .location, match.form == .name, !match.isAmbiguous { return match }
        }
        return nil
    }

    /// Whether the word ends in a street ending (`-straße`, `-allee`, `-gasse`).
    /// Most words have none, which the list's filter tells before the call.
    @inline(__always) func hasPlaceSuffix(_ range: Range<Int>) -> Bool {
        gazetteer.placeSuffixes.mayHaveSuffix(of: range, in: bytes)
            && gazetteer.placeSuffixes.firstSuffix(of: range, in: bytes, longerBy: 2) != nil
    }

    /// Whether a capitalised word at `range` may start a place by shape in
    /// ``addPlaceByForm(at:mayDeriveFromPlace:to:)`` (the derived-place rule aside): one byte (a
    /// road class), a place prefix or street suffix by the lists' filters, a second byte that
    /// is no small letter (capitals), a location word before (`previousRoles`: the word lists
    /// of the token before, empty at the first), or an ending in -er. Most capitalised words
    /// are none, and are spared the call.
    @inline(__always) func mayFindPlaceByShape(_ range: Range<Int>, previousRoles: WordRoles) -> Bool {
        let count = range.count
        if count == 1 || previousRoles.contains(.locationCue) { return true }
        if count >= 4 {
            let second = bytes[range.lowerBound + 1]
            if !(second >= 0x61 && second <= 0x7A) { return true }
        }
        if count >= 5, bytes[range.upperBound - 2] == UInt8(ascii: "e"), bytes[range.upperBound - 1] == UInt8(ascii: "r") {
            return true
        }
        return gazetteer.placePrefixes.mayHavePrefix(of: range, in: bytes) || gazetteer.placeSuffixes.mayHaveSuffix(of: range, in: bytes)
    }

    /// `end`, extended over a house or road number that follows ("Straße 90c", "B 96").
    func withNumber(_ end: Int) -> Int {
        guard end < tokens.count, tokens[end - 1].flags.contains(.spaceAfter) else { return end }
        let next = tokens[end]
        let first = bytes[Int(next.start)]
        guard first >= 0x30, first <= 0x39, next.end - next.start <= 4, next.kind == .number || next.kind == .word else {
            return end
        }
        return end + 1
    }

    /// Places joined by a slash without spaces name one place pair in datelines and
    /// lists: "München/Hamburg (dpa)", "Japan/Korea".
    func joinPlacesAcrossSlashes(_ selected: inout [EntityCandidate]) {
        var k = 0
        while k + 1 < selected.count {
            let a = selected[k], b = selected[k + 1]
            if a.label == .location, b.label == .location, a.form == .name, b.form == .name,
               b.start == a.end + 1, !tokens[a.end - 1].flags.contains(.spaceAfter),
               !tokens[a.end].flags.contains(.spaceAfter), bytes[tokens[a.end].byteRange].elementsEqual([UInt8(ascii: "/")]) {
                selected[k].end = b.end
                selected[k].entry = Entity.noEntry
                selected.remove(at: k + 1)
            } else {
                k += 1
            }
        }
    }
}
