import Testing
import LesartCore
import LesartTokenization

/// Non-Latin scripts. Space-delimited scripts (Greek, Cyrillic, Arabic, Hebrew, Georgian,
/// Armenian) give one token per word; scripts written without spaces (Han, Kana, Thai,
/// Khmer, …) are segmented with ICU's dictionaries: several word tokens, neither one for the
/// whole run nor necessarily one per character, which concatenate back to the text.
@Suite("Tokenizer table: non-Latin scripts")
struct ScriptTableTests {
    static let cases: [TokenCase] = [
        TokenCase("Καλημέρα κόσμε", "Καλημέρα κόσμε", "Καλημέρα", .word),
        TokenCase("Το σπίτι είναι μεγάλο.", "Το σπίτι είναι μεγάλο .", "σπίτι", .word),
        TokenCase("Привет, мир!", "Привет , мир !", "Привет", .word),
        TokenCase("Москва — столица.", "Москва — столица .", "столица", .word),
        TokenCase("Він живе у Києві.", "Він живе у Києві .", "Києві", .word),
        TokenCase("Das heißt Ζωή auf Griechisch.", "Das heißt Ζωή auf Griechisch .", "Ζωή", .word),
        TokenCase("Er sagte „спасибо“.", "Er sagte „ спасибо “ .", "спасибо", .word),
        TokenCase("مرحبا بالعالم", "مرحبا بالعالم", "مرحبا", .word),
        TokenCase("שלום עולם", "שלום עולם", "שלום", .word),
        TokenCase("გამარჯობა მსოფლიო", "გამარჯობა მსოფლიო", "გამარჯობა", .word),
        TokenCase("Das Wort 北京 heißt Peking.", "Das Wort 北京 heißt Peking .", "北京", .word),
        TokenCase("Die Zahl ٣٤ ist arabisch.", "Die Zahl ٣٤ ist arabisch .", "٣٤", .number),
    ]

    /// A run in a script without spaces and the bounds on its token count.
    struct Segmentation: Sendable, CustomTestStringConvertible {
        let text: String
        let minTokens: Int
        let maxTokens: Int
        var testDescription: String { text }
    }

    static let segmentations: [Segmentation] = [
        Segmentation(text: "我们在北京工作", minTokens: 2, maxTokens: 6),
        Segmentation(text: "我喜欢学习中文", minTokens: 2, maxTokens: 6),
        Segmentation(text: "私は東京に住んでいます", minTokens: 2, maxTokens: 10),
        Segmentation(text: "ภาษาไทยง่ายนิดเดียว", minTokens: 2, maxTokens: 10),
        Segmentation(text: "ខ្ញុំស្រឡាញ់ភាសាខ្មែរ", minTokens: 2, maxTokens: 10),
    ]

    static let allTexts: [String] = cases.map(\.text) + segmentations.map(\.text)

    @Test("space-delimited scripts give one token per word", arguments: cases)
    func spaceDelimited(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("scripts without spaces are segmented into several words", arguments: segmentations, Convention.allCases)
    func segmented(_ row: Segmentation, convention: Convention) throws {
        let document = try tokenize(row.text, convention: convention)
        let pieces = document.tokens.map { document.text(of: $0) }
        #expect(pieces.count >= row.minTokens && pieces.count <= row.maxTokens,
                "SEGMENT \(row.text): \(pieces.count) tokens \(pieces), expected \(row.minTokens)…\(row.maxTokens)")
        #expect(pieces.joined() == row.text)
        #expect(document.tokens.allSatisfy { $0.kind == .word }, "kinds: \(document.tokens.map(\.kind.name))")
    }

    @Test("a CJK run inside German keeps the German words intact")
    func mixedScripts() throws {
        let document = try tokenize("Wir arbeiten 我们在北京工作 gern.")
        let pieces = document.tokens.map { document.text(of: $0) }
        #expect(pieces.prefix(2) == ["Wir", "arbeiten"])
        #expect(pieces.suffix(2) == ["gern", "."])
        #expect(pieces.dropFirst(2).dropLast(2).joined() == "我们在北京工作")
        #expect(pieces.count > 5)
    }
}
