import LesartCore
import LesartTokenization
import LesartWords

/// Words derived from a listed place but not listed themselves: inhabitant words in -er
/// and adjectives in -isch.
extension EntityScan {
    /// Words derived from a listed place but not listed themselves: inhabitant words in
    /// -er (`Gütersloher`, `Itzehoer`, `St. Galler` → city) and adjectives in -isch
    /// (`preußische` → `Preußen`, `mesopotamische` → `Mesopotamien`, `südbadischen` →
    /// `Baden`). Listed words (`?Hamburger`) are left to the lexicon.
    /// Whether the word at `range` may be derived from a place: five bytes or more, and an
    /// inhabitant word's shape (capitalised, 7+ bytes, in -er) or an adjective ending. Most
    /// words are neither: this test, inlined, spares them the call of ``derivedFromPlace(_:)``
    /// (which tests the same again).
    @inline(__always) func mayDeriveFromPlace(_ range: Range<Int>) -> Bool {
        guard range.count >= 5 else { return false }  // shorter words derive from no place
        let upper = range.upperBound
        if range.count >= 7, bytes[upper - 2] == 0x65, bytes[upper - 1] == 0x72,
           LetterCase.latin1(bytes[range.lowerBound], bytes[range.lowerBound + 1]) == .capital {
            return true
        }
        return adjectiveEndings.mayHaveSuffix(tail: ByteStringList.tail(of: range, in: bytes), count: range.count)
    }

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
        if adjectiveEndings.mayHaveSuffix(tail: ByteStringList.tail(of: range, in: bytes), count: range.count),
           let k = adjectiveEndings.firstSuffix(of: range, in: bytes, longerBy: 2) {
            ending = adjectiveEndings.length(k)
        }
        // Most words are neither: decide that before any lookup or copy.
        guard inhabitantWord || ending != nil, tokenMatch(i) == nil else { return nil }
        func place(_ m: PhraseMatch?) -> PhraseMatch? {
            guard let m, m.label == .location, m.form == .name, !m.isAmbiguous else { return nil }
            return m
        }
        if inhabitantWord {  // "-er", stems of 5+ bytes
            let stem = range.lowerBound..<(upper - 2)
            if let m = place(singleTokenMatch(bytes[stem])) { return m }  // Frankfurt-er
            let withE = singleTokenMatch(count: stem.count + 1) { buffer in
                var k = 0
                for b in bytes[stem] { buffer[k] = b; k += 1 }
                buffer[k] = 0x65
            }
            if let m = place(withE) { return m }  // Itzehoe-r
        }
        // Adjectives in -isch + ending, lowercase or capitalised, with a compass prefix.
        guard let ending else { return nil }
        let body = bytes[range.lowerBound..<(upper - ending)]
        guard body.count >= 3 else { return nil }
        let affixes = gazetteer.affixes
        for prefix in affixes.adjectivePrefixes {
            guard body.count > prefix.count + 2, body.prefix(prefix.count).elementsEqual(prefix) else { continue }
            let stem = body.dropFirst(prefix.count)
            for suffix in affixes.placeStemEndings {
                let name = singleTokenMatch(count: stem.count + suffix.count) { buffer in
                    var k = 0
                    for b in stem { buffer[k] = b; k += 1 }
                    for b in suffix { buffer[k] = b; k += 1 }
                    if let flip = CaseFlip.uppercasing(buffer[0], buffer[1]) { buffer[flip.offset] = flip.byte }
                }
                if let m = place(name) { return m }
            }
        }
        return nil
    }
}
