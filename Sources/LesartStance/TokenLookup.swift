import LesartCore
import LesartTokenization

/// What the stance lexicons say of one token: its grammar classes (also of its lowercased
/// sentence-initial form and of the two-word sequence it starts), its cue forms or the noun
/// cue heading it as a compound, its relation word type, and whether it negates, ends a
/// relation or signals a modality. Built once per document, so the rules
/// read an array instead of hashing the same word again and again.
struct TokenLookup {
    var grammar: GrammarClass = []
    var pairGrammar: GrammarClass = []
    var cueForms: Int32?
    var isNegator = false
    var isCessation = false
    /// The verb of a `verb+particle` cessation entry ("stellt … ein").
    var startsCessationPair = false
    var modality: StanceModality?
    var relation: RelationWordType?
    /// A noun cue as the last part of a compound ("Waffenlieferungen" → "Lieferung"), for a
    /// capitalised word that is no cue form itself.
    var compoundHead: Int32?
    /// The token opens a sentence.
    var opensSentence = false

    /// One entry per token of `tokens`.
    static func table(for tokens: [Token], sentences: [Sentence], bytes: UnsafeBufferPointer<UInt8>,
                      lexicon: StanceLexicon) -> [TokenLookup] {
        var table = [TokenLookup](repeating: TokenLookup(), count: tokens.count)
        var key: [UInt8] = []
        key.reserveCapacity(64)
        for (i, token) in tokens.enumerated() {
            let text = bytes[token.byteRange]
            var entry = TokenLookup()
            if let c = lexicon.grammar.value(for: text) {
                entry.grammar = c
            } else if let first = text.first, first >= 0x41, first <= 0x5A {
                key.removeAll(keepingCapacity: true)
                key.append(contentsOf: text)
                key[0] += 0x20
                entry.grammar = lexicon.grammar.value(for: key) ?? []
            }
            if i + 1 < tokens.count, text.count + 1 + Int(tokens[i + 1].end - tokens[i + 1].start) <= lexicon.grammar.maxKeyLength {
                key.removeAll(keepingCapacity: true)
                key.append(contentsOf: text)
                key.append(0x20)
                key.append(contentsOf: bytes[tokens[i + 1].byteRange])
                entry.pairGrammar = lexicon.grammar.value(for: key) ?? []
            }
            entry.cueForms = lexicon.forms.value(for: text)
            entry.isNegator = lexicon.negators.value(for: text) != nil
            entry.isCessation = lexicon.cessation.value(for: text) != nil
            entry.startsCessationPair = lexicon.cessationPairHeads.value(for: text) != nil
            entry.modality = lexicon.modality.value(for: text)
            entry.relation = lexicon.relations.value(for: text)
            if entry.cueForms == nil, token.flags.contains(.capitalized) {
                entry.compoundHead = compoundHead(of: text, lexicon: lexicon)
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
    static func compoundHead(of word: Slice<UnsafeBufferPointer<UInt8>>, lexicon: StanceLexicon) -> Int32? {
        guard word.count >= 9 else { return nil }
        var k = word.startIndex + 3
        while k <= word.endIndex - 5 {
            if word[k] >= 0x61 && word[k] <= 0x7A, let cue = lexicon.nounHeads.value(for: word[k...]) { return cue }
            k += 1
        }
        return nil
    }
}
