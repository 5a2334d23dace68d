import Lesart
import Testing
@testable import LesartEntities

/// The short cuts of ``EntityScan`` against the slow paths they replace: the one-load hyphen
/// test, the compound flag read only at a listed phrase, and the gap walk and merge of
/// ``EntityScan/addSurnames(to:)``.
@Suite("Scan fast paths")
struct ScanFastPathTests {
    @Test("the one-load hyphen test agrees with a byte search, with hyphens right after the word and at the text's end")
    func hyphenInOneLoad() throws {
        for count in 1...12 {
            for hyphen in [nil] + Array(0..<count) {
                var word = [UInt8](repeating: UInt8(ascii: "a"), count: count)
                if let hyphen { word[hyphen] = UInt8(ascii: "-") }
                // Bytes after the word are hyphens (they must not count), from none (the word
                // ends the text: no eight bytes to load) to more than a word's load.
                for after in 0...9 {
                    let bytes = [UInt8(ascii: "-")] + word + [UInt8](repeating: UInt8(ascii: "-"), count: after)
                    EntityScanFixture.withScan(bytes: bytes, tokens: []) { scan in
                        let range = 1..<(1 + count)
                        #expect(scan.containsHyphen(range) == word.contains(UInt8(ascii: "-")), "\(count) \(String(describing: hyphen)) +\(after)")
                        #expect(scan.lastHyphen(in: range) == hyphen.map { _ in 1 + word.lastIndex(of: UInt8(ascii: "-"))! })
                    }
                }
            }
        }
    }

    @Test("a listed name's compound flag, tested only where a listed phrase starts, gives the candidates of the eager test")
    func compoundFlagOnlyAtPhrases() throws {
        let text = "Die EU-Kommission, Guinea-Bissau und Baden-Württemberg - so der Bericht (EU) - nennen 3-4 Länder: EU-, UN- und Nato-Staaten."
        var listed = 0
        try EntityScanFixture.withScan(text) { scan in
            for i in scan.tokens.indices {
                let range = scan.tokens[i].byteRange
                let rootState = scan.matcher.rootState(scan.wordIDs[i])
                var eager: [EntityCandidate] = []
                var lazy: [EntityCandidate] = []
                scan.addListedName(at: i, isCompound: scan.lastHyphen(in: range) != nil, rootState: rootState, to: &eager)
                scan.addListedName(at: i, isCompound: rootState >= 0 && scan.containsHyphen(range), rootState: rootState, to: &lazy)
                #expect(eager.map(\.source) == lazy.map(\.source) && eager.map(\.end) == lazy.map(\.end), "token \(i)")
                listed += eager.count
            }
        }
        #expect(listed >= 4)
    }

    @Test("repeated surnames found in the gaps between mentions and merged equal a token-by-token pass with a sort")
    func surnamesInGaps() throws {
        let text = """
            Heidi Klum kam nach Berlin. Klum sagte, Klums Mann Omar al-Baschir sei in León. \
            Baschir und Klum trafen Bernardino León und Klaus Schneeberger. León lachte, Schneeberger auch. \
            Judith kam. Die Klum-Show zeigte Klum, Klum und Baschirs Sohn.
            """
        try EntityScanFixture.withScan(text) { scan in
            let words = scan.tokens.map { String(decoding: scan.bytes[$0.byteRange], as: UTF8.self) }
            let fullNames: Set<Int> = Set(["Heidi", "Omar", "Bernardino", "Klaus"].compactMap { words.firstIndex(of: $0) })
            #expect(fullNames.count == 4)
            // Full names by hand, every other token's one-word match as listed, and a lone
            // first name put at a later "Klum" (a mention a repeated surname replaces).
            let loneAt = words.indices.filter { words[$0] == "Klum" }.last!
            var selected: [EntityCandidate] = []
            var i = 0
            while i < scan.tokens.count {
                if fullNames.contains(i) {
                    selected.append(EntityCandidate(start: i, end: i + 2, label: .person, form: .name, entry: Entity.noEntry,
                                                    source: .personByRule))
                    i += 2
                    continue
                }
                if i == loneAt {
                    selected.append(EntityCandidate(start: i, end: i + 1, label: .person, form: .name, entry: Entity.noEntry,
                                                    source: .loneFirstName))
                } else if let m = scan.tokenMatch(i) {
                    selected.append(EntityCandidate(start: i, end: i + 1, label: m.label, form: m.form, entry: m.entry, source: .listedName))
                }
                i += 1
            }
            var fast = selected
            scan.addSurnames(to: &fast)
            let slow = Self.referenceSurnames(scan, selected)
            #expect(fast.map(\.start) == slow.map(\.start))
            #expect(fast.map(\.end) == slow.map(\.end))
            #expect(fast.map(\.source) == slow.map(\.source))
            #expect(fast.map(\.entry) == slow.map(\.entry))
            #expect(fast.map(\.antecedentStart) == slow.map(\.antecedentStart))
            #expect(fast.filter { $0.source == .repeatedSurname }.count >= 6)
            #expect(!fast.contains { $0.source == .loneFirstName })
        }
    }

    /// ``EntityScan/addSurnames(to:)`` as it was: every covered token marked, every token
    /// tested, the additions joined to the kept mentions and sorted.
    static func referenceSurnames(_ scan: EntityScan, _ input: [EntityCandidate]) -> [EntityCandidate] {
        var selected = input
        let fullNames = selected.filter { $0.label == .person && $0.length >= 2 && $0.form == .name }
        guard !fullNames.isEmpty else { return selected }
        var surnames = SurnameIndex(bytes: scan.bytes, capacity: fullNames.count)
        for c in fullNames {
            let surname = scan.tokens[c.end - 1].byteRange
            surnames.addIfNew(surname, c)
            if let bare = scan.withoutArabicArticle(surname) { surnames.addIfNew(bare, c) }
        }
        var covered = [Bool](repeating: false, count: scan.tokens.count)
        for c in selected where c.source != .loneFirstName && !scan.isPlaceHomonym(c) { for t in c.start..<c.end { covered[t] = true } }
        var added: [EntityCandidate] = []
        for (i, token) in scan.tokens.enumerated() where !covered[i] && token.kind == .word && token.flags.contains(.capitalized) {
            var key = token.byteRange
            var known = surnames.person(key)
            if known == nil, scan.bytes[key.upperBound - 1] == UInt8(ascii: "s") {
                key = key.lowerBound..<(key.upperBound - 1)
                known = surnames.person(key)
            }
            if let full = known, full.start < i || full.entry != Entity.noEntry {
                added.append(EntityCandidate(start: i, end: i + 1, label: .person, form: .name, entry: full.entry, source: .repeatedSurname,
                                             antecedentStart: full.entry == Entity.noEntry ? full.start : nil))
            }
        }
        guard !added.isEmpty else { return selected }
        let replaced = Set(added.map(\.start))
        selected = (selected.filter { !(($0.source == .loneFirstName || scan.isPlaceHomonym($0)) && replaced.contains($0.start)) } + added)
            .sorted { $0.start < $1.start }
        return selected
    }
}
