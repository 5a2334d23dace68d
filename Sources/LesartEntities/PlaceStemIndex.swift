import LesartTokenization

/// The one-word place names of the gazetteer less one of a few endings, each stem leading
/// to its place, the ending listed first winning: with `en`, `ien`, `land`, `a`, `Preuß` →
/// `Preußen` and `Mesopotam` → `Mesopotamien`; with `e`, `Itzeho` → `Itzehoe`. The rule of
/// ``EntityScan/derivedFromPlace(_:)`` holds a stem in hand (an adjective's, an inhabitant
/// word's) and looks it up once instead of copying it with each ending and hashing every
/// copy. Only places that end in an ending are keys: the index stays small.
struct PlaceStemIndex: Sendable {
    private let stems: WordTable
    private let places: [PhraseMatch]

    /// The stems of the one-word place names of `matcher` the rule takes (location, name, not
    /// ambiguous) less each of `endings` (none empty), in the rule's order.
    init(matcher: PhraseMatcher, endings: [[UInt8]]) {
        precondition(!endings.contains([]), "the empty ending is the rule's own lookup of the stem")
        var names: [(word: [UInt8], match: PhraseMatch)] = []
        for id in 0..<Int32(matcher.words.count) {
            guard let m = Self.place(matcher.singleWordMatch(id)) else { continue }
            names.append((matcher.words.key(id), m))
        }
        var known: Set<[UInt8]> = []
        var stems: [[UInt8]] = []
        var places: [PhraseMatch] = []
        for ending in endings {
            for (word, match) in names where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
                let stem = Array(word.dropLast(ending.count))
                if known.insert(stem).inserted {  // an ending listed earlier keeps the stem
                    stems.append(stem)
                    places.append(match)
                }
            }
        }
        self.stems = WordTable(keys: stems)
        self.places = places
    }

    /// `m` when it is a match the rule takes: a place name that is no ordinary word.
    @inline(__always) static func place(_ m: PhraseMatch?) -> PhraseMatch? {
        guard let m, m.label == .location, m.form == .name, !m.isAmbiguous else { return nil }
        return m
    }

    /// The place whose name is `stem` with an ending, the first ending that makes one.
    @inline(__always) func place(ofStem stem: Slice<UnsafeBufferPointer<UInt8>>) -> PhraseMatch? {
        let id = stems.id(of: stem)
        return id >= 0 ? places[Int(id)] : nil
    }
}
