import LesartCore
import LesartWords

/// The gazetteer's short lists of word pieces (endings and prefixes the rules compare
/// with the bytes of a word, not with whole tokens), loaded from `Lexicons/gazetteer/`.
struct GazetteerAffixes: Sendable {
    /// `-isch` with every adjective ending of ``GermanMorphology``, longest first:
    /// adjectives that may be derived from a listed place (`preußische`).
    let placeAdjectiveEndings: ByteStringList
    /// `group-adjective-endings.txt`: adjectives that describe a group before a group
    /// noun (`prorussische Separatisten`).
    let groupAdjectiveEndings: [[UInt8]]
    /// `adjective-prefixes.txt` (`süd`, `Nord`), then the empty prefix.
    let adjectivePrefixes: [[UInt8]]
    /// `adjective-stem-endings.txt` (`en`, `ien`), then the empty ending (last, and only there).
    let placeStemEndings: [[UInt8]]
    /// `arabic-articles.txt` (`al`, `el`).
    let arabicArticles: [[UInt8]]
    /// `organ-prefixes.txt` (`Regierungs`).
    let organPrefixes: [[UInt8]]

    /// Loads the lists from the gazetteer folder `folder`.
    init(folder: String) throws(LexiconError) {
        placeAdjectiveEndings = ByteStringList(GermanMorphology.adjectiveEndingsLongestFirst.map { Array(("isch" + $0).utf8) })
        groupAdjectiveEndings = try GazetteerLexiconFile.groupAdjectiveEndings.words(from: folder)
        adjectivePrefixes = try GazetteerLexiconFile.adjectivePrefixes.words(from: folder) + [[]]
        placeStemEndings = try GazetteerLexiconFile.adjectiveStemEndings.words(from: folder) + [[]]
        arabicArticles = try GazetteerLexiconFile.arabicArticles.words(from: folder)
        organPrefixes = try GazetteerLexiconFile.organPrefixes.words(from: folder)
    }
}
