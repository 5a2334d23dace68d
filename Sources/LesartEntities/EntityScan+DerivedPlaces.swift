import LesartCore
import LesartTokenization
import LesartWords

/// Words derived from a listed place but not listed themselves: inhabitant words in -er
/// and adjectives in -isch.
extension EntityScan {
    /// Whether the word at `range` may be derived from a place: five bytes or more, and an
    /// inhabitant word's shape (capitalised, 7+ bytes, in -er) or an adjective ending. Most
    /// words are neither: this test spares them the call of ``derivedFromPlace(_:)`` (which
    /// tests the same again).
    @inline(__always) func mayDeriveFromPlace(_ range: Range<Int>) -> Bool {
        guard range.count >= 5 else { return false }  // shorter words derive from no place
        let upper = range.upperBound
        if range.count >= 7, bytes[upper - 2] == 0x65, bytes[upper - 1] == 0x72,
           LetterCase.latin1(bytes[range.lowerBound], bytes[range.lowerBound + 1]) == .capital {
            return true
        }
        return adjectiveEndings.mayHaveSuffix(of: range, in: bytes)
    }

    /// Words derived from a listed place but not listed themselves: inhabitant words in
    /// -er (`Gütersloher`, `Itzehoer`, `St. Galler` → city) and adjectives in -isch
    /// (`preußische` → `Preußen`, `mesopotamische` → `Mesopotamien`, `südbadischen` →
    /// `Baden`). Listed words (`?Hamburger`) are left to the lexicon.
    func derivedFromPlace(_ i: Int) -> PhraseMatch? {
        let bytes = bytes
        let range = tokens[i].byteRange
        guard range.count >= 5 else { return nil }
        let upper = range.upperBound
        let first = bytes[range.lowerBound]
        let capitalised = LetterCase.latin1(first, bytes[range.lowerBound + 1]) == .capital
        let inhabitantWord = capitalised && range.count >= 7 && bytes[upper - 2] == 0x65 && bytes[upper - 1] == 0x72
        var ending: Int? = nil
        // Most words end in no adjective ending: the list's filter says so before the call.
        if adjectiveEndings.mayHaveSuffix(of: range, in: bytes),
           let k = adjectiveEndings.firstSuffix(of: range, in: bytes, longerBy: 2) {
            ending = adjectiveEndings.length(k)
        }
        // Most words are neither: decide that before any lookup or copy.
        guard inhabitantWord || ending != nil, tokenMatch(i) == nil else { return nil }
        if inhabitantWord {  // "-er", stems of 5+ bytes
            let stem = bytes[range.lowerBound..<(upper - 2)]
            if let m = PlaceStemIndex.place(singleTokenMatch(stem)) { return m }  // Frankfurt-er
            if let m = gazetteer.inhabitantStems.place(ofStem: stem) { return m }  // Itzehoe-r
        }
        // Adjectives in -isch + ending, lowercase or capitalised, with a compass prefix: the
        // stem capitalised with a stem ending names a place (the empty ending, last, is the
        // stem itself).
        guard let ending else { return nil }
        let body = bytes[range.lowerBound..<(upper - ending)]
        guard body.count >= 3 else { return nil }
        let stems = gazetteer.adjectiveStems
        let matcher = matcher
        for prefix in gazetteer.affixes.adjectivePrefixes {
            guard body.count > prefix.count + 2, body.prefix(prefix.count).elementsEqual(prefix) else { continue }
            let stem = body.dropFirst(prefix.count)
            let place = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stem.count) { buffer -> PhraseMatch? in
                var k = 0
                for b in stem { buffer[k] = b; k += 1 }
                if let flip = CaseFlip.uppercasing(buffer[0], buffer[1]) { buffer[flip.offset] = flip.byte }
                let capitalised = UnsafeBufferPointer(buffer)[...]
                return stems.place(ofStem: capitalised) ?? PlaceStemIndex.place(matcher.singleWordMatch(capitalised))
            }
            if let place { return place }
        }
        return nil
    }
}
