import LesartCore
import LesartTokenization

/// What the stance lexicons say of one token: its grammar classes (also of its lowercased
/// sentence-initial form and of the two-word sequence it starts), its cue forms or the noun
/// cue heading it as a compound, its relation word type, and whether it negates, ends a
/// relation or signals a modality. Built once per document, so the rules
/// read an array instead of hashing the same word again and again.
struct TokenLookup {
    /// What the lexicons say of the word form itself.
    var word = WordFacts()
    /// Grammar classes of the two-word sequence the token starts ("das Land").
    var pairGrammar: GrammarClass = []
    /// A noun cue as the last part of a compound ("Waffenlieferungen" → "Lieferung"), for a
    /// capitalised word that is no cue form itself.
    var compoundHead: Int32?
    /// The token opens a sentence.
    var opensSentence = false

    /// One entry per token of `tokens`: one probe of ``StanceLexicon/words`` per token, a
    /// probe of the two-word grammar keys only where both words can be part of one.
    static func table(for tokens: [Token], sentences: [Sentence], bytes: UnsafeBufferPointer<UInt8>,
                      lexicon: StanceLexicon) -> [TokenLookup] {
        var table = [TokenLookup](repeating: TokenLookup(), count: tokens.count)
        var pairKey: [UInt8] = []
        var previousStartsPair = false
        for (i, token) in tokens.enumerated() {
            var entry = TokenLookup()
            if let facts = lexicon.words.value(for: bytes, in: token.byteRange) {
                entry.word = facts
                if previousStartsPair, facts.endsGrammarPair {
                    pairKey.removeAll(keepingCapacity: true)
                    pairKey.append(contentsOf: bytes[tokens[i - 1].byteRange])
                    pairKey.append(0x20)
                    pairKey.append(contentsOf: bytes[token.byteRange])
                    table[i - 1].pairGrammar = lexicon.grammar.value(for: pairKey) ?? []
                }
                previousStartsPair = facts.startsGrammarPair
            } else {
                previousStartsPair = false
            }
            if entry.word.cueForms == nil, token.flags.contains(.capitalized) {
                entry.compoundHead = compoundHead(of: token.byteRange, in: bytes, lexicon: lexicon)
            }
            table[i] = entry
        }
        for sentence in sentences where Int(sentence.firstToken) < table.count {
            table[Int(sentence.firstToken)].opensSentence = true
        }
        return table
    }

    /// The longest noun cue ending `word` after at least three bytes, starting at a
    /// lowercase letter, of at least five bytes: "Waffenlieferungen" → "lieferungen".
    static func compoundHead(of word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, lexicon: StanceLexicon) -> Int32? {
        guard word.count >= 9 else { return nil }
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
