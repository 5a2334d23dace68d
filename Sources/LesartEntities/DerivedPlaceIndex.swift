import LesartTokenization

/// The listed places that words derived from them lead to, keyed by what the rule of
/// ``EntityScan/derivedFromPlace(_:)`` holds in hand: an inhabitant word (`Gütersloher`,
/// `Itzehoer`) or the capitalised stem of an adjective in -isch (`Preuß` of `preußische`).
/// Built once from the one-word place names of the matcher, so the rule looks a word up
/// once instead of trying every way it may be made (a stem with each of the stem endings,
/// an inhabitant word with and without `e`), each a copy and a hash.
struct DerivedPlaceIndex: Sendable {
    /// `Place` + `er` (`Gütersloh` → `Gütersloher`), and for a place in -e also `Place` + `r`
    /// (`Itzehoe` → `Itzehoer`) unless the first form claims the word.
    private let inhabitantWords: WordTable
    private let inhabitantPlaces: [PhraseMatch]
    /// The place minus a stem ending (``GazetteerAffixes/placeStemEndings``, the empty one
    /// included), the ending listed first winning: `Preuß` → `Preußen`, `Mesopotam` →
    /// `Mesopotamien`.
    private let adjectiveStems: WordTable
    private let adjectiveStemPlaces: [PhraseMatch]

    /// The index of the one-word place names of `matcher` (location, name, not ambiguous: the
    /// only matches the rule takes), with the stem endings `stemEndings` in the rule's order.
    init(matcher: PhraseMatcher, stemEndings: [[UInt8]]) {
        var places: [(word: [UInt8], match: PhraseMatch)] = []
        for id in 0..<Int32(matcher.words.count) {
            guard let m = matcher.singleWordMatch(id), m.label == .location, m.form == .name, !m.isAmbiguous else { continue }
            places.append((matcher.words.key(id), m))
        }
        // Inhabitant words: every `Place` + `er` first, so it wins over a `Place` + `e` + `r`.
        let inhabitants = Self.firstListings(places.map { ($0.word + Array("er".utf8), $0.match) }
            + places.filter { $0.word.last == UInt8(ascii: "e") }.map { ($0.word + Array("r".utf8), $0.match) })
        // Stems: the ending listed first wins for a stem.
        let stems = Self.firstListings(stemEndings.flatMap { ending in
            places.filter { $0.word.count >= ending.count && $0.word.suffix(ending.count).elementsEqual(ending) }
                .map { (Array($0.word.dropLast(ending.count)), $0.match) }
        })
        inhabitantWords = WordTable(keys: inhabitants.keys)
        inhabitantPlaces = inhabitants.matches
        adjectiveStems = WordTable(keys: stems.keys)
        adjectiveStemPlaces = stems.matches
    }

    /// The keys of `listings` and their matches in order, the first listing of a key kept.
    private static func firstListings(_ listings: [([UInt8], PhraseMatch)]) -> (keys: [[UInt8]], matches: [PhraseMatch]) {
        var known: Set<[UInt8]> = []
        var keys: [[UInt8]] = []
        var matches: [PhraseMatch] = []
        for (key, match) in listings where known.insert(key).inserted {
            keys.append(key)
            matches.append(match)
        }
        return (keys, matches)
    }

    /// The place of the inhabitant word written with `word` (`Gütersloher`), if listed.
    @inline(__always) func place(ofInhabitantWord word: Slice<UnsafeBufferPointer<UInt8>>) -> PhraseMatch? {
        let id = inhabitantWords.id(of: word)
        return id >= 0 ? inhabitantPlaces[Int(id)] : nil
    }

    /// The place whose name is the capitalised adjective stem `stem` and a stem ending (`Preuß`).
    @inline(__always) func place(ofAdjectiveStem stem: Slice<UnsafeBufferPointer<UInt8>>) -> PhraseMatch? {
        let id = adjectiveStems.id(of: stem)
        return id >= 0 ? adjectiveStemPlaces[Int(id)] : nil
    }
}
