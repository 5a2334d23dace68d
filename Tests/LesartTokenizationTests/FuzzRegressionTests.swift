import Testing
@testable import LesartTokenization
import LesartCore

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found, kept as regression tests.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// FuzzTokenizer: a modifier symbol with Word_Break=ALetter (U+02FC) inside a word made the
    /// fast path split `F˼hrer` where ICU keeps one word. Symbols without it (˘ U+02D8) still split.
    @Test("symbols that word breaking counts as letters stay inside the word on both paths")
    func wordLetterSymbols() throws {
        try FastPathDifferentialTests.compare([
            "F˼hrer, Ramza und ˂Pfeil˃ am Kai. Ton˥˩ fällt, ꜈ꜗ und a꞉b, Kraft꭛e.",
            "Die Ⓐ-Gruppe und ⓑeta 🄰🄱 sowie Sta˘tion und a˘b.",
        ])
        #expect(ScalarClass.of(0x02FC) == .letter)
        #expect(ScalarClass.of(0x24B6) == .letter)
        #expect(ScalarClass.of(0x02D8) == .symbol)
        #expect(ScalarClass.of(0x02C6) == .letter)  // a modifier letter (Lm) as before
    }
}
