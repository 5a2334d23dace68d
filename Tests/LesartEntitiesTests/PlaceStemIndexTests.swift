import Testing
@testable import LesartEntities

/// ``PlaceStemIndex`` against the lookups it replaces: the stem with each ending in turn,
/// each a one-word place name the rule takes.
@Suite("Place stem index")
struct PlaceStemIndexTests {
    static let gazetteer = BundledGazetteer.shared.gazetteer

    /// The match of `word` when it is a one-word place name the rule takes.
    static func place(_ word: [UInt8]) -> PhraseMatch? {
        PlaceStemIndex.place(gazetteer.matcher.singleWordMatch(gazetteer.matcher.words.id(of: word)))
    }

    /// The place of the first of `endings` that makes `stem` one, by lookups of the copies.
    static func reference(_ stem: [UInt8], _ endings: [[UInt8]]) -> PhraseMatch? {
        for ending in endings {
            if let m = place(stem + ending) { return m }
        }
        return nil
    }

    /// Every place name less its last one to five bytes (stems, and words that lead nowhere),
    /// the names themselves, and words that are no place at all.
    static let stems: [[UInt8]] = {
        let words = gazetteer.matcher.words
        var result = ["Preuß", "Mesopotam", "Itzeho", "Bad", "Sachs", "Polit", "X"].map { Array($0.utf8) }
        for id in 0..<Int32(words.count) where place(words.key(id)) != nil {
            let key = words.key(id)
            result.append(key)
            for cut in 1...5 where cut < key.count { result.append(Array(key.dropLast(cut))) }
        }
        return result
    }()

    @Test("a stem leads to the place it names with the first ending that makes one",
          arguments: [[Array("e".utf8)], Array(gazetteer.affixes.placeStemEndings.dropLast())])
    func stemsLeadToTheirPlaces(endings: [[UInt8]]) {
        let index = PlaceStemIndex(matcher: Self.gazetteer.matcher, endings: endings)
        var found = 0
        for stem in Self.stems {
            let indexed = stem.withUnsafeBufferPointer { index.place(ofStem: $0[...]) }
            #expect(indexed == Self.reference(stem, endings), "\(String(decoding: stem, as: UTF8.self))")
            if indexed != nil { found += 1 }
        }
        #expect(found > 100)
    }

    @Test("the stem endings end with the empty one, and only there")
    func emptyEndingLast() {
        let endings = Self.gazetteer.affixes.placeStemEndings
        #expect(endings.last == [])
        #expect(!endings.dropLast().contains([]))
    }
}
