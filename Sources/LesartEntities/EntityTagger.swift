import LesartCore
import LesartTokenization

/// Finds entity mentions with the compiled ``Gazetteer``: names and their inflections,
/// multi-word names, demonyms (form `derived`), names inside hyphenated compounds (form
/// `part`), and persons by rule (a known first name before a capitalised word, or a role
/// word such as `Präsident` before a name; a surname seen in full earlier in the document
/// counts alone). Longest match wins; mentions never overlap. Ambiguous forms (also
/// ordinary words) count only with evidence: a location preposition before a place, an
/// article before an organisation, or inside a longer name.
///
/// Needs tokens and sentences. Immutable and `Sendable`; one pass over the tokens.
public struct EntityTagger: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Replaces `document.entities` and sets the document's catalog to the gazetteer.
    public func tag(_ document: inout Document) {
        var wordIDs: [Int32] = []
        document.utf8.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { gazetteer.matcher.wordIDs(of: $0, in: bytes, into: &wordIDs) }
        }
        tag(&document, wordIDs: wordIDs)
    }

    /// ``tag(_:)`` with the tokens' ids in the gazetteer's word table already looked up
    /// (one per token, -1 for none; see `SharedWordTable`).
    package func tag(_ document: inout Document, wordIDs: [Int32]) {
        precondition(wordIDs.count == document.tokens.count, "one word id per token")
        let tokens = document.tokens
        var sentenceStart = [Bool](repeating: false, count: tokens.count)
        for sentence in document.sentences where sentence.endToken > sentence.firstToken {
            sentenceStart[Int(sentence.firstToken)] = true
        }
        if !tokens.isEmpty { sentenceStart[0] = true }
        document.entities = EntityScan.withScan(gazetteer: gazetteer, bytes: document.utf8, tokens: tokens,
                                                wordIDs: wordIDs, sentenceStart: sentenceStart) { $0.run() }
        document.entityCatalog = gazetteer
    }
}
