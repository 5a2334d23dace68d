import LesartCore
import LesartTokenization

/// What the stance lexicons say of one token, in 16 bytes: its id in
/// ``StanceLexicon/words`` (whose ``WordFacts`` hold its grammar classes, also of its
/// lowercased sentence-initial form, cue forms, relation word type, negation, cessation and
/// modality), the noun cue heading it as a compound, the grammar classes of the two-word
/// sequence it starts, and whether it opens a sentence. Built once per document, so the
/// rules read an array instead of hashing the same word again and again; small, because
/// a document may be a 100 MB line of millions of tokens.
struct TokenLookup {
    /// The word's id in ``StanceLexicon/words``, or -1 for a word the lexicons do not know.
    var wordID: Int32 = -1
    /// A noun cue as the last part of a compound ("Waffenlieferungen" → "Lieferung"), for a
    /// capitalised word that is no cue form itself, or -1.
    var compoundHead: Int32 = -1
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
        let facts = lexicon.words.values
        for (i, token) in tokens.enumerated() {
            let id = ids[i]
            table[i].wordID = id
            if id >= 0 {
                let word = facts[Int(id)]
                if previousStartsPair, word.endsGrammarPair {
                    pairKey.removeAll(keepingCapacity: true)
                    pairKey.append(contentsOf: bytes[tokens[i - 1].byteRange])
                    pairKey.append(0x20)
                    pairKey.append(contentsOf: bytes[token.byteRange])
                    if let classes = lexicon.grammar.value(for: pairKey),
                       let index = lexicon.pairClasses.firstIndex(of: classes) {
                        table[i - 1].pair = Int32(index)
                    }
                }
                previousStartsPair = word.startsGrammarPair
            } else {
                previousStartsPair = false
            }
            if id < 0 || facts[Int(id)].cueForms == nil, token.flags.contains(.capitalized) {
                table[i].compoundHead = compoundHead(of: token.byteRange, in: bytes, lexicon: lexicon) ?? -1
            }
        }
        for sentence in sentences where Int(sentence.firstToken) < table.count {
            table[Int(sentence.firstToken)].opensSentence = true
        }
        return table
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
