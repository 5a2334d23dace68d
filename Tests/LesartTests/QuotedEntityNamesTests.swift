import Lesart
import Testing
import TestSupport

/// `QuotedEntityNames`, the names a catalog quotes once for the JSONL writer, against the
/// writers' JSON string escaping.
@Suite("QuotedEntityNames")
struct QuotedEntityNamesTests {
    /// The three names as the writer escapes them when no quoted names exist.
    static func escaped(_ names: [String]) -> [UInt8] {
        var out = OutputBuffer()
        for name in names { out.appendJSONString(name) }
        return out.bytes
    }

    @Test("Names without an escape candidate are quoted exactly as the writer escapes them")
    func plainNames() {
        for name in ["", "Russland", "Größe", "«Zitat»", "Łódź", "😀👍🏽", "北京", "org:hamas", "Ä b/c 'd'"] {
            let names = [name, "Kreml " + name, "id:" + name]
            let quoted = QuotedEntityNames(canonical: names[0], actor: names[1], identifier: names[2])
            #expect(quoted?.bytes == Self.escaped(names), "\(name)")
            #expect(quoted?.canonicalCount == name.utf8.count + 2)
            #expect(quoted?.actorCount == names[1].utf8.count + 2)
        }
    }

    /// (0xE2 also leads „ “ – € …: such names are left to the writer's escape check too.)
    @Test("A name with a byte the writer may escape, in any of the three, has none")
    func candidates() {
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "…", "„", "–", "€"] {
            for position in 0..<3 {
                var names = ["Russland", "Russland", "loc:country:RU"]
                names[position] += special
                #expect(QuotedEntityNames(canonical: names[0], actor: names[1], identifier: names[2]) == nil)
            }
        }
    }

    @Test("Every entry of the German gazetteer: quoted names equal the escaped ones")
    func gazetteer() throws {
        let gazetteer = try Gazetteer(tokenizer: Tokenizer(profile: Fixtures.german))
        var quotedCount = 0
        for (k, entry) in gazetteer.entries.enumerated() {
            guard let quoted = gazetteer.quotedNames(of: UInt32(k)) else { continue }
            quotedCount += 1
            #expect(quoted.bytes == Self.escaped([entry.canonical, entry.actor, entry.id]), "\(entry.id)")
        }
        #expect(quotedCount > 0)
    }
}
