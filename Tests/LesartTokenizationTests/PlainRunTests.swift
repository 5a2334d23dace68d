import Testing
@testable import LesartTokenization
import LesartCore
import LesartWords
import TestSupport

/// The plain-run short path: the letter masks of ``LetterWindow`` equal the byte-by-byte
/// letter facts of ``LetterCase``, the simple-word loop takes the words it should (and
/// stops where it should), and on text built from words that sit on every edge of its
/// tests the tokenizer gives the same tokens and sentences with the short paths as without.
@Suite("Plain runs")
struct PlainRunTests {
    /// Words on the edges of the simple-word tests: case patterns, Latin-1 letters and
    /// signs, emoticon and URL starts, closing marks, lengths around the 16-byte masks and
    /// the 32-byte steps of the 64-byte window.
    static let words: [String] = [
        "die", "Regierung", "sagte,", "dass", "Österreich", "größer", "wird;", "Straße", "STRASSE", "ÄÖÜ", "äöüß",
        "derText", "iPhone", "AutorInnen", "eBay", "straßeN", "Übergänge!", "fällt?", "Land:", "(SPD)", "Partei)",
        "a×b", "×", "÷", "Maß÷Zahl", "Façade", "naïve", "Ærø", "Łódź", "xD", "XD", "XDDD", "xP", "D", "P", "lol", "www",
        "Www", "wwwx", "wWwWort", "Ende.", "Dr.", "usw.", "z.B.", "XIV.", "3.", "2019", "3,5", "„Zitat“", "„Nein“.",
        "Wort“,", "Wort,,", "Wort.“", "Donaudampfschiff", "Donaudampfschifff", "Donaudampfschifffahrt",
        "Donaudampfschifffahrtsgesellschaftskapitänsmützen", "abcdefghijklmnop", "abcdefghijklmno", "ABCDEFGHIJKLMNOP",
        "Mädchenhandelsge", "Mädchenhandelsg", "a", "I", "o", "x", "@anna", "#tag", ":-)", "E-Mail", "Bürger*innen",
        "geht's", "Wort)", "Wort!", "Wort?!", "…", "Wort…", "ÿ", "ÞÐ",
        "Grundstücksverkehrsgenehmigung", "Grundstücksverkehrsgenehmigungs", "Grundstücksverkehrsgenehmigungen",
        "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz",
        "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetze",
    ]
    /// Separators, single spaces most often.
    static let separators: [String] = [
        " ", " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\t", " \u{7F} ", "\u{A0}", " \u{A0}", " \u{2009}",
        " \u{3000}", "\r\n", " \n ",
    ]

    /// Text of `count` random words and separators.
    static func randomText(words count: Int, using generator: inout SplitMix64) -> String {
        var text = ""
        for index in 0..<count {
            if index > 0 { text += separators[Int(generator.next() % UInt64(separators.count))] }
            text += words[Int(generator.next() % UInt64(words.count))]
        }
        return text
    }

    @Test("letter masks equal the bytes' letter case", arguments: [0x1E77_0001, 0x1E77_0002] as [UInt64])
    func letterMasks(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<200 {
            let bytes = Array(Self.randomText(words: 12, using: &generator).utf8)
            guard bytes.count >= 18 else { continue }
            bytes.withUnsafeBufferPointer { buffer in
                for p in 1...(buffer.count - 17) {
                    let window = LetterWindow(buffer.baseAddress! + p)
                    for k in 0..<16 {
                        let letterCase = Self.letterCase(of: buffer, at: p + k)
                        #expect((window.letters >> UInt32(k)) & 1 == (letterCase == .uncased ? 0 : 1),
                                "letter bit \(k) at \(p) in \(String(decoding: buffer, as: UTF8.self).debugDescription)")
                        #expect((window.small >> UInt32(k)) & 1 == (letterCase == .small ? 1 : 0),
                                "small bit \(k) at \(p) in \(String(decoding: buffer, as: UTF8.self).debugDescription)")
                    }
                }
            }
        }
    }

    @Test("the 32-byte masks equal two letter windows", arguments: [0x1E77_0003, 0x1E77_0004] as [UInt64])
    func masks32(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        // Random words, and random bytes: the masks are lane arithmetic on any bytes, and the
        // SSE2 compares must agree with it on every one (C3 before anything, 9F, 97, B7, DF…).
        var texts = (0..<100).map { _ in Array(Self.randomText(words: 16, using: &generator).utf8) }
        texts += (0..<100).map { _ in (0..<80).map { _ in UInt8(truncatingIfNeeded: generator.next()) } }
        texts.append(Array("Ärger ÷ Maß×Zahl ÿß ßÿ ×÷ Ö Ä Ü ÀÞßàþ ÷×".utf8) + [0xC3, 0xC3, 0x9F, 0xC3, 0x97, 0xC3, 0xB7, 0xC3, 0xDF, 0xC3])
        for bytes in texts where bytes.count >= 34 {
            bytes.withUnsafeBufferPointer { buffer in
                for p in 1...(buffer.count - 33) {
                    let masks = LetterWindow.masks32(buffer.baseAddress! + p)
                    let portable = LetterWindow.portableMasks32(buffer.baseAddress! + p)
                    #expect(masks.letters == portable.letters && masks.small == portable.small, "masks at \(p) of \(bytes)")
                }
            }
        }
    }

    /// The case of the letter byte `i` belongs to (ASCII, or either byte of a Latin-1
    /// letter), by ``LetterCase``; `.uncased` for any other byte.
    static func letterCase(of bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> LetterCase {
        let b = bytes[i]
        if b < 0x80 { return LetterCase.latin1(b, 0) }
        if b == 0xC3 { return LetterCase.latin1(b, bytes[i + 1]) }
        if b & 0xC0 == 0x80, bytes[i - 1] == 0xC3 { return LetterCase.latin1(0xC3, b) }
        return .uncased
    }

    @Test("the short paths give the full path's tokens and sentences", arguments: Convention.allCases)
    func randomRuns(convention: Convention) throws {
        var generator = SplitMix64(seed: convention == .ud ? 0x1E77_0010 : 0x1E77_0011)
        let fast = try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: true).makeSession()
        let full = try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: false).makeSession()
        let splitter = SentenceSplitter(profile: Fixtures.german, convention: convention)
        for _ in 0..<400 {
            let text = Self.randomText(words: 1 + Int(generator.next() % 40), using: &generator)
            var a = Document(text: text)
            var b = Document(text: text)
            fast.tokenize(&a)
            full.tokenize(&b)
            splitter.split(&a)
            splitter.split(&b)
            #expect(a.tokens == b.tokens, "tokens differ in \(text.debugDescription)")
            #expect(a.sentences == b.sentences, "sentences differ in \(text.debugDescription)")
        }
    }

    /// Runs the simple-word loop on `text` from `start` and returns where it stopped and
    /// the tokens it emitted.
    static func simpleWords(_ text: String, from start: Int) throws -> (end: Int, tokens: [String], flags: [TokenFlags]) {
        var scanner = TokenScanner(tokenizer: Tokenizer(profile: Fixtures.german), breaker: try WordBreaker(locale: "de"))
        defer { scanner.release() }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            scanner.text = UTF8Text(buffer)
            let end = scanner.simpleWordsEnd(from: start)
            var tokens: [Token] = []
            scanner.tokens.append(to: &tokens)
            return (end, tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }, tokens.map(\.flags))
        }
    }

    /// Text after the case, so that the loop's look-ahead stays inside the text.
    static let padding = " (Ende) " + String(repeating: "x", count: 48)

    @Test("simple words are read from the masks until a chunk is not simple", arguments: [
        ("\ndie Regierung sagte, dass Österreich fällt; derText", 1, 47,
         ["die", "Regierung", "sagte", ",", "dass", "Österreich", "fällt", ";"]),
        ("\nÜbergänge (SPD)", 1, 13, ["Übergänge"]),
        ("\nwird Dr. Merz", 1, 15, ["wird", "Dr.", "Merz"]),
        ("\nes regnete lange. Dann", 1, 24, ["es", "regnete", "lange", ".", "Dann"]),
        ("\nDonaudampfschifffahrt wird", 1, 28, ["Donaudampfschifffahrt", "wird"]),
        ("\nDonaudampfschifffahrtsgesellschaftskapitän wird", 1, 1, []),
        ("\nein Donaudampfschiff wird", 1, 27, ["ein", "Donaudampfschiff", "wird"]),
        ("\nein Donaudampfschif wird", 1, 26, ["ein", "Donaudampfschif", "wird"]),
        ("\nxD so", 1, 1, []),
        ("\nwww ist", 1, 1, []),
        ("\nes war\u{A0}so", 1, 4, ["es"]),
        ("\nes war\nso", 1, 7, ["es", "war"]),
        ("\nganz a×b", 1, 6, ["ganz"]),
        ("\nÄrger ändert Maße straßeN", 1, 22, ["Ärger", "ändert", "Maße"]),
        // After a word's space the loop stops at the next byte when no simple word starts
        // there, whether or not it starts a chunk (plainRun tells).
        ("\nes (SPD)", 1, 4, ["es"]),
        ("\nes \u{A0}so", 1, 4, ["es"]),
        ("\nes  zwei", 1, 4, ["es"]),
        ("\n\u{A0}so", 1, 1, []),
    ] as [(String, Int, Int, [String])])
    func simpleWordLoop(text: String, start: Int, end: Int, tokens: [String]) throws {
        let result = try Self.simpleWords(text + Self.padding, from: start)
        #expect(result.end == end)
        #expect(result.tokens == tokens)
    }

    @Test("a run stops at a word's space when the byte after it may not start a chunk", arguments: [
        ("\nes (SPD) und", 1, 13, false, ["es", "(", "SPD", ")", "und"]),
        ("\nes 3,5 und", 1, 11, false, ["es", "3,5", "und"]),
        ("\nes \u{A0}so", 1, 3, false, ["es"]),
        ("\nes  zwei", 1, 4, false, ["es"]),
        // ASCII whitespace after the space: the chunk loop reads it from there.
        ("\nes \u{7F}x", 1, 4, false, ["es"]),
        ("\nes „Zitat“ x", 1, 3, false, ["es"]),
        ("\nes \u{2009}so", 1, 3, false, ["es"]),
        ("\nes \nso", 1, 4, false, ["es"]),
        ("\nes derText", 1, 4, true, ["es"]),
        ("\n\u{A0}so", 1, 1, true, []),
    ] as [(String, Int, Int, Bool, [String])])
    func runStop(text: String, start: Int, end: Int, declined: Bool, tokens: [String]) throws {
        var scanner = TokenScanner(tokenizer: Tokenizer(profile: Fixtures.german), breaker: try WordBreaker(locale: "de"))
        defer { scanner.release() }
        // A newline after the case ends the run there.
        let bytes = Array((text + "\n" + Self.padding).utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            scanner.text = UTF8Text(buffer)
            let run = scanner.plainRun(from: start)
            var emitted: [Token] = []
            scanner.tokens.append(to: &emitted)
            let words = emitted.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
            #expect(run.end == end && run.declined == declined, "\(run) in \(text.debugDescription)")
            #expect(words == tokens)
            _ = try #require(run.end <= buffer.count)
        }
    }

    @Test("the loop stops where its look-ahead would leave the text")
    func textEnd() throws {
        #expect(try Self.simpleWords("\nkurz und gut", from: 1).end == 1)
        let text = "\n" + String(repeating: "ab ", count: 20)
        let result = try Self.simpleWords(text, from: 1)
        #expect(result.end + 33 > text.utf8.count)
        #expect(result.tokens.count == (result.end - 1) / 3)
    }

    @Test("simple words carry the case and space flags the full path gives them")
    func simpleWordFlags() throws {
        let result = try Self.simpleWords("\nRegierung sagte, dass ändern Ärger derText" + Self.padding, from: 1)
        #expect(result.tokens == ["Regierung", "sagte", ",", "dass", "ändern", "Ärger"])
        #expect(result.flags == [[.capitalized, .spaceAfter], [.lowercase], [.spaceAfter], [.lowercase, .spaceAfter],
                                 [.lowercase, .spaceAfter], [.capitalized, .spaceAfter]])
    }
}
