import Lesart
import Testing
import TestSupport
@testable import LesartEntities

/// ``WordTable`` (ids of byte strings) and the word roles the gazetteer derives from it.
@Suite("Word table")
struct WordTableTests {
    @Test("every key has its id; other byte strings have none")
    func keysAndStrangers() {
        let keys: [[UInt8]] = (0..<3_000).map { Array("w\($0)-\(String(repeating: "x", count: $0 % 23))".utf8) }
            + [[0x41], [0x41, 0x42], Array("Straße".utf8), Array("abcdefgh".utf8), Array("abcdefghi".utf8)]
        let table = WordTable(keys: keys)
        for (id, key) in keys.enumerated() {
            #expect(table.id(of: key) == Int32(id))
            #expect(table.key(Int32(id)) == key)
        }
        for stranger in ["", "B", "AB ", "Strasse", "abcdefg", "abcdefghij", "w0-y", "w3000-"] {
            #expect(table.id(of: Array(stranger.utf8)) == -1, "\(stranger)")
        }
        #expect(table.maxKeyLength == keys.map(\.count).max())
    }

    @Test("a token's id does not depend on where its bytes lie, up to the buffer's edges")
    func positions() {
        let words = ["A", "EU", "USA", "Iran", "Essen", "Moskau", "Schweiz", "Russland", "Ukraine-", "Deutschland",
                     "Baden-Württemberg"].map { Array($0.utf8) }
        let table = WordTable(keys: words)
        for (id, word) in words.enumerated() {
            for before in 0..<9 {
                for after in 0..<9 {
                    let bytes = [UInt8](repeating: 0x2E, count: before) + word + [UInt8](repeating: 0x2E, count: after)
                    let token = Token(start: UInt32(before), end: UInt32(before + word.count), kind: .word)
                    var ids: [Int32] = []
                    bytes.withUnsafeBufferPointer { buffer in
                        [token].withUnsafeBufferPointer { table.ids(of: $0, in: buffer, into: &ids) }
                        #expect(table.id(of: buffer[before..<(before + word.count)]) == Int32(id))
                    }
                    #expect(ids == [Int32(id)])
                }
            }
        }
    }

    @Test("word roles are exactly the gazetteer's word lists")
    func rolesEqualLists() throws {
        let gazetteer = BundledGazetteer.shared.gazetteer
        let folder = LexiconLocator.packageLexicons + "/gazetteer"
        let lists: [(GazetteerLexiconFile, WordRoles)] = [(.firstNames, .firstName), (.roleWords, .roleWord),
                                                          (.locationCues, .locationCue), (.nameParticles, .nameParticle),
                                                          (.articles, .article)]
        var members: [WordRoles: Set<[UInt8]>] = [:]
        for (file, role) in lists { members[role] = Set(try file.words(from: folder)) }
        let organisationWords = try GazetteerFiles.organisationWords(in: folder)
        members[.organisationWord] = Set(organisationWords.map(\.word))
        for role in WordRoles.ruleWordRoles.values { members[role] = [] }
        for (word, roles) in try GazetteerFiles.ruleWords(in: folder) {
            for role in WordRoles.ruleWordRoles.values where roles.contains(role) { members[role]?.insert(word) }
        }
        members[.placeHeadAfterAdjective] = Set(try GazetteerFiles.placeWords(in: folder)
            .filter(\.afterAdjective).map { Array($0.word.utf8) })
        let words = gazetteer.matcher.words
        for id in 0..<Int32(words.count) {
            let key = words.key(id)
            for (role, set) in members {
                #expect(gazetteer.wordRoles[Int(id)].contains(role) == set.contains(key),
                        "\(String(decoding: key, as: UTF8.self)) \(role)")
            }
        }
        for (role, set) in members {
            for word in set { #expect(gazetteer.wordRoles[Int(words.id(of: word))].contains(role)) }
        }
        var uses: [[UInt8]: OrganisationWordUse] = [:]
        for word in organisationWords { uses[word.word] = word.use }
        for (word, use) in uses { #expect(gazetteer.organisationUses[Int(words.id(of: word))] == use) }
        #expect(gazetteer.wordRoles.contains { $0.contains(.peopleHomograph) })
    }
}
