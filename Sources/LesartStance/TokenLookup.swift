import LesartCore
import LesartTokenization

/// What the stance lexicons say of a token beyond its word's ``WordFacts``, looked up when
/// a rule asks: the grammar classes of the two-word sequence it starts, and the noun cue
/// heading it as a compound. Neither is stored per token: a document may be a 100 MB line of
/// millions of tokens, most of its sentences are never read, and both lookups are rare
/// (a pair needs two words that can form one, a compound head a long capitalised word).
enum TokenLookup {
    /// The grammar classes of the two-word sequence token `i` starts ("das Land"), or none: a
    /// probe of the two-word grammar keys only where both words can be part of one (their
    /// ids in ``StanceLexicon/words`` are `ids`). Inlined: the rules ask at many tokens, and
    /// nearly all are ruled out by their words' signals.
    @inline(__always)
    static func pairClasses(startingAt i: Int, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, lexicon: StanceLexicon,
                            wordIDs ids: [Int32]) -> GrammarClass {
        guard i + 1 < tokens.count else { return [] }
        let first = ids[i]
        let second = ids[i + 1]
        guard first >= 0, second >= 0, lexicon.sentenceSignals[Int(first)].contains(.startsGrammarPair),
              lexicon.sentenceSignals[Int(second)].contains(.endsGrammarPair) else { return [] }
        return probedPairClasses(startingAt: i, tokens: tokens, bytes: bytes, lexicon: lexicon)
    }

    /// The classes of the two-word key of tokens `i` and `i + 1`, whose words can form one.
    static func probedPairClasses(startingAt i: Int, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>,
                                  lexicon: StanceLexicon) -> GrammarClass {
        let a = tokens[i].byteRange
        let b = tokens[i + 1].byteRange
        let count = a.count + 1 + b.count
        guard count <= lexicon.grammar.maxKeyLength else { return [] }
        // "das Land": the two words joined by a space, in a stack buffer.
        let classes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { key in
            var k = 0
            for byte in bytes[a] { key[k] = byte; k += 1 }
            key[k] = 0x20
            k += 1
            for byte in bytes[b] { key[k] = byte; k += 1 }
            return lexicon.grammar.value(for: UnsafeBufferPointer(key)[...])
        }
        guard let classes, lexicon.pairClasses.contains(classes) else { return [] }
        return classes
    }

    /// The noun cue heading `token` (whose id in ``StanceLexicon/words`` is `id`) as a
    /// compound ("Waffenlieferungen" → "Lieferung"), or -1: only a capitalised word that is
    /// no cue form has one.
    static func compoundHead(of token: Token, id: Int32, in bytes: UnsafeBufferPointer<UInt8>,
                             lexicon: StanceLexicon) -> Int32 {
        guard token.flags.contains(.capitalized), token.end - token.start >= 9,
              id < 0 || lexicon.words.values[Int(id)].cueForms == nil else { return -1 }
        return compoundHead(of: token.byteRange, in: bytes, lexicon: lexicon) ?? -1
    }

    /// The longest noun cue ending `word` after at least three bytes, starting at a
    /// lowercase letter, of at least five bytes: "Waffenlieferungen" → "lieferungen".
    static func compoundHead(of word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, lexicon: StanceLexicon) -> Int32? {
        guard word.count >= 9, lexicon.nounHeadEndings.mayEnd(bytes, at: word.upperBound) else { return nil }
        // Longer suffixes than the longest head cannot match.
        var k = max(word.lowerBound + 3, word.upperBound - lexicon.nounHeads.maxKeyLength)
        while k <= word.upperBound - 5 {
            if bytes[k] >= 0x61 && bytes[k] <= 0x7A, let cue = lexicon.nounHeads.value(for: bytes, in: k..<word.upperBound) {
                return cue
            }
            k += 1
        }
        return nil
    }
}
