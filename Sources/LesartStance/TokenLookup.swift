import LesartCore
import LesartTokenization

/// What the stance lexicons say of one token beyond its word's ``WordFacts``, in 8 bytes:
/// the grammar classes of the two-word sequence it starts, and whether it opens a sentence.
/// Built once per document, so the rules read an array instead of hashing word pairs again
/// and again; small, because a document may be a 100 MB line of millions of tokens. (The
/// token's id in ``StanceLexicon/words`` is the scan's ``StanceScan/wordIDs``; the noun cue
/// heading a compound is looked up when a rule asks, ``compoundHead(of:id:in:lexicon:)``:
/// its suffix probes would cost more than the rest of the table, and most sentences are
/// never read.)
struct TokenLookup {
    /// Index in ``StanceLexicon/pairClasses`` of the classes of the two-word sequence the
    /// token starts ("das Land"), or -1.
    var pair: Int32 = -1
    /// The token opens a sentence.
    var opensSentence = false

    /// One entry per token of `tokens`, given each token's id in ``StanceLexicon/words``
    /// (`wordIDs`, looked up for the whole document in one pass): a probe of the two-word
    /// grammar keys only where both words can be part of one.
    static func table(for tokens: [Token], sentences: [Sentence], bytes: UnsafeBufferPointer<UInt8>,
                      lexicon: StanceLexicon, wordIDs ids: [Int32]) -> [TokenLookup] {
        var table = [TokenLookup](repeating: TokenLookup(), count: tokens.count)
        var pairKey: [UInt8] = []
        var previousStartsPair = false
        let signals = lexicon.sentenceSignals
        for i in tokens.indices {
            let id = ids[i]
            guard id >= 0 else {
                previousStartsPair = false
                continue
            }
            let word = signals[Int(id)]
            if previousStartsPair, word.contains(.endsGrammarPair) {
                pairKey.removeAll(keepingCapacity: true)
                pairKey.append(contentsOf: bytes[tokens[i - 1].byteRange])
                pairKey.append(0x20)
                pairKey.append(contentsOf: bytes[tokens[i].byteRange])
                if let classes = lexicon.grammar.value(for: pairKey),
                   let index = lexicon.pairClasses.firstIndex(of: classes) {
                    table[i - 1].pair = Int32(index)
                }
            }
            previousStartsPair = word.contains(.startsGrammarPair)
        }
        for sentence in sentences where Int(sentence.firstToken) < table.count {
            table[Int(sentence.firstToken)].opensSentence = true
        }
        return table
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
