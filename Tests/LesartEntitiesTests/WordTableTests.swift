import Lesart
import Testing
import TestSupport
@testable import LesartEntities
@testable import LesartTokenization

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

    @Test("keys alike in their first eight bytes, in length or up to zero bytes stay apart")
    func lookalikes() {
        let keys: [[UInt8]] = [Array("Abkommen".utf8), Array("Abkommens".utf8), Array("Abkommen-X".utf8),
                               Array("Abkommen-Y".utf8), [0x61], [0x61, 0], [0x61, 0, 0, 0], [0x61, 0, 0, 0, 0],
                               [0], [0, 0], Array("Bündnis".utf8), Array("Bündnisse".utf8),
                               [UInt8](repeating: 0x7A, count: 70_000), [UInt8](repeating: 0x7A, count: 70_001)]
        let table = WordTable(keys: keys)
        for (id, key) in keys.enumerated() { #expect(table.id(of: key) == Int32(id)) }
        let strangers: [[UInt8]] = [Array("Abkomme".utf8), Array("Abkommen-Z".utf8), Array("Abkommenz".utf8), [0x61, 0, 0],
                                    [0x61, 0, 0, 0, 0, 0], [0, 0, 0], Array("Bündniss".utf8), [0x62],
                                    [UInt8](repeating: 0x7A, count: 70_002), [UInt8](repeating: 0x7A, count: 69_999)]
        for stranger in strangers { #expect(table.id(of: stranger) == -1, "\(stranger.prefix(12)) (\(stranger.count) bytes)") }
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

    @Test("a lookup's prefix, made from the hash's loads, is the key's first bytes; its hash depends on the bytes alone")
    func hashAndPrefixEqualTheBuildHashAndPrefix() {
        var generator = SystemRandomNumberGenerator()
        let patterns: [[UInt8]] = [[UInt8](repeating: 0, count: 48), [UInt8](repeating: 0xFF, count: 48),
                                   (0..<48).map { UInt8($0 + 1) }, (0..<48).map { _ in UInt8.random(in: 0...255, using: &generator) }]
        for bytes in patterns {
            bytes.withUnsafeBytes { raw in
                for start in 0..<8 {
                    for count in 1...(40 - start) {
                        let pointer = raw.baseAddress! + start
                        let (hash, prefix) = WordTable.hashAndPrefix(pointer, count)
                        let copy = Array(UnsafeRawBufferPointer(start: pointer, count: count))
                        #expect(hash == copy.withUnsafeBytes { WordTable.hash($0.baseAddress, count) }, "\(count) bytes at \(start)")
                        #expect(prefix == WordTable.prefix(pointer, count), "\(count) bytes at \(start)")
                    }
                }
            }
        }
    }

    @Test("a document's ids, looked up in blocks with reads asked ahead, are each token's own id")
    func documentIDsEqualSingleLookups() {
        let words = ["die", "Regierung", "in", "Moskau", "unterstützt", "Bündnisse", "ä", "Abkommenstexte", "EU"]
        let table = WordTable(keys: words.dropLast(2).map { Array($0.utf8) })
        // 3 × 16 + 5 tokens: whole blocks and a short last one; strangers, an empty token
        // and one longer than every key among them.
        let text = (0..<53).map { k in k % 7 == 6 ? String(repeating: "x", count: 40) : words[k % words.count] }
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        for word in text {
            tokens.append(Token(start: UInt32(bytes.count), end: UInt32(bytes.count + word.utf8.count), kind: .word))
            bytes += Array(word.utf8) + [0x20]
        }
        tokens.insert(Token(start: 0, end: 0, kind: .word), at: 20)
        var ids: [Int32] = [7, 7]
        bytes.withUnsafeBufferPointer { buffer in
            tokens.withUnsafeBufferPointer { table.ids(of: $0, in: buffer, into: &ids) }
            #expect(ids == tokens.map { table.id(of: buffer[Int($0.start)..<Int($0.end)]) })
        }
        #expect(ids.count == 54)
        #expect(ids.filter { $0 >= 0 }.count == tokens.filter { $0.end > $0.start }.count
                    - text.filter { !words.dropLast(2).contains($0) }.count)
    }

    @Test("one-byte tokens read from the byte table and short ones read in one masked load have their own ids")
    func byteTableAndShortLoads() {
        // Every third byte value a key alone; short keys whose bytes also follow other tokens.
        let keys: [[UInt8]] = stride(from: 0, to: 256, by: 3).map { [UInt8($0)] }
            + ["EU", "Ab", "in", "USA", "Rom", "Iran", "Essen", "Moskau", "Schweiz", "Russland"].map { Array($0.utf8) }
        let table = WordTable(keys: keys)
        // Each word with up to nine bytes after it: key bytes, a space, or none (the word
        // ends the text, fewer than eight bytes to read).
        let words: [[UInt8]] = (0..<256).map { [UInt8($0)] } + ["E", "EU", "EUR", "in", "ink", "USA", "USAx", "Rom", "Iran",
                                                                   "Irani", "Essen", "Moskau", "Moska", "Schweiz", "Russland", "Russlan"]
            .map { Array($0.utf8) }
        for word in words {
            for after in 0...9 {
                let bytes = word + Array("Ab in EU".utf8).prefix(after)
                let token = Token(start: 0, end: UInt32(word.count), kind: .word)
                var ids: [Int32] = []
                bytes.withUnsafeBufferPointer { buffer in
                    [token].withUnsafeBufferPointer { table.ids(of: $0, in: buffer, into: &ids) }
                }
                #expect(ids == [keys.firstIndex(of: word).map { Int32($0) } ?? -1], "\(word) +\(after)")
                #expect(ids == [table.id(of: word)])
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
