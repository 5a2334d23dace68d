import Testing
@testable import LesartEntities

/// ``DerivedPlaceIndex`` against the lookups it replaces: an inhabitant word's stem, then
/// the stem with `e`; an adjective stem with each stem ending in turn; each a place name.
@Suite("Derived place index")
struct DerivedPlaceIndexTests {
    static let gazetteer = BundledGazetteer.shared.gazetteer

    /// The match of `word` when it is a one-word place name the rule takes.
    static func place(_ word: [UInt8]) -> PhraseMatch? {
        guard let m = gazetteer.matcher.singleWordMatch(gazetteer.matcher.words.id(of: word)),
              m.label == .location, m.form == .name, !m.isAmbiguous else { return nil }
        return m
    }

    static func referenceInhabitant(_ word: [UInt8]) -> PhraseMatch? {
        let stem = Array(word.dropLast(2))
        return place(stem) ?? place(stem + [UInt8(ascii: "e")])
    }

    static func referenceStem(_ stem: [UInt8]) -> PhraseMatch? {
        for ending in gazetteer.affixes.placeStemEndings {
            if let m = place(stem + ending) { return m }
        }
        return nil
    }

    /// Words around every place name: the name with `er`, with `r`, and less its last one to
    /// four bytes (stems, and words that lead nowhere), plus words that are no place at all.
    static let words: [[UInt8]] = {
        let words = gazetteer.matcher.words
        var result = ["Minister", "Wähler", "Preuß", "Mesopotam", "Bad", "Sachs", "X", ""].map { Array($0.utf8) }
        for id in 0..<Int32(words.count) where place(words.key(id)) != nil {
            let key = words.key(id)
            result.append(key + Array("er".utf8))
            result.append(key + Array("r".utf8))
            result.append(key)
            for cut in 1...4 where cut <= key.count { result.append(Array(key.dropLast(cut))) }
        }
        return result
    }()

    @Test("an inhabitant word leads to the place the stem, or the stem with e, names")
    func inhabitantWords() {
        var found = 0
        // The rule asks only for words in -er.
        for word in Self.words where word.count >= 2 && word.suffix(2).elementsEqual("er".utf8) {
            let indexed = word.withUnsafeBufferPointer { Self.gazetteer.derivedPlaces.place(ofInhabitantWord: $0[...]) }
            #expect(indexed == Self.referenceInhabitant(word), "\(String(decoding: word, as: UTF8.self))")
            if indexed != nil { found += 1 }
        }
        #expect(found > 100)
    }

    @Test("an adjective stem leads to the place it names with the first stem ending that makes one")
    func adjectiveStems() {
        var found = 0
        for stem in Self.words {
            let indexed = stem.withUnsafeBufferPointer { Self.gazetteer.derivedPlaces.place(ofAdjectiveStem: $0[...]) }
            #expect(indexed == Self.referenceStem(stem), "\(String(decoding: stem, as: UTF8.self))")
            if indexed != nil { found += 1 }
        }
        #expect(found > 100)
    }
}
