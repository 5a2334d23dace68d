import LesartCore
import LesartTokenization

/// One document's pass of the ``EntityTagger``, in two steps, match then resolve:
///
/// 1. **Collect.** At every token each rule family adds the mentions it sees as
///    ``EntityCandidate``s, overlapping freely, each marked with its ``CandidateSource``:
///    listed names (`EntityScan+ListedNames.swift`), names inside compounds
///    (`+Parts`), places by form (`+Places`, `+DerivedPlaces`), organisations by form
///    (`+Organisations`) and persons by rule (`+Persons`).
/// 2. **Resolve.** ``resolve(_:)`` keeps one mention per token: the longest, then the
///    one whose source has the higher ``CandidatePriority`` (`+Resolution`).
///
/// Then passes over the resolved mentions add what needs them: repeated surnames
/// (`+Surnames`), place pairs across a slash (`+Places`), and role descriptions and
/// references (`+Descriptions`, `+DescriptionWords`), and personal pronouns that refer to
/// an earlier actor (`+Pronouns`).
///
/// Every token is looked up once, before the pass (`wordIDs`): the trie, the one-word
/// phrases and all word lists of the rules read that id instead of hashing the bytes again.
struct EntityScan {
    let gazetteer: Gazetteer
    let matcher: PhraseMatcher
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    /// Per token, whether a sentence starts there; pinned for the pass like the ids (many
    /// rules read it at nearly every token: no bounds check, no reference count).
    let sentenceStart: UnsafeBufferPointer<Bool>
    /// Per token, its id in the gazetteer's word table, or -1.
    let wordIDs: UnsafeBufferPointer<Int32>
    /// The gazetteer's ``Gazetteer/wordRoles``, pinned for the pass.
    let wordRoles: UnsafeBufferPointer<WordRoles>
    /// The gazetteer's ``GazetteerAffixes/placeAdjectiveEndings``, read once per document instead
    /// of once per word.
    let adjectiveEndings: ByteStringList

    init(gazetteer: Gazetteer, bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
         wordIDs: UnsafeBufferPointer<Int32>, wordRoles: UnsafeBufferPointer<WordRoles>, sentenceStart: UnsafeBufferPointer<Bool>) {
        self.gazetteer = gazetteer
        self.matcher = gazetteer.matcher
        self.bytes = bytes
        self.tokens = tokens
        self.wordIDs = wordIDs
        self.wordRoles = wordRoles
        self.sentenceStart = sentenceStart
        self.adjectiveEndings = gazetteer.affixes.placeAdjectiveEndings
    }

    /// Calls `body` with the scan of `tokens` over `bytes` (`wordIDs`: one per token, -1 for
    /// none; `sentenceStart`: one per token), its arrays pinned for the call: the one place a
    /// scan is built, for the tagger and for tests that drive single rules.
    static func withScan<R>(gazetteer: Gazetteer, bytes: [UInt8], tokens: [Token], wordIDs: [Int32],
                            sentenceStart: [Bool], _ body: (EntityScan) -> R) -> R {
        bytes.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                wordIDs.withUnsafeBufferPointer { wordIDs in
                    gazetteer.wordRoles.withUnsafeBufferPointer { wordRoles in
                        sentenceStart.withUnsafeBufferPointer { sentenceStart in
                            body(EntityScan(gazetteer: gazetteer, bytes: bytes, tokens: tokens, wordIDs: wordIDs,
                                            wordRoles: wordRoles, sentenceStart: sentenceStart))
                        }
                    }
                }
            }
        }
    }

    /// The document's mentions. The scan itself is immutable and the rules take the
    /// candidates `inout`: a mutating rule would copy the whole scan on every call.
    func run() -> [Entity] {
        var candidates: [EntityCandidate] = []
        // The word lists of the token before, carried over instead of read again.
        var previousRoles: WordRoles = []
        for i in tokens.indices {
            // The token, its id and word lists are read once here and handed to the rules
            // inlined below: read again from the buffers after a call, each would cost a load
            // and a bounds check per rule.
            let token = tokens[i]
            let range = token.byteRange
            let id = wordIDs[i]
            let rootState = matcher.rootState(id)
            let roles: WordRoles = id >= 0 ? wordRoles[Int(id)] : []
            defer { previousRoles = roles }
            // Only words, abbreviations and hashtags start a rule's mention (each rule checks
            // the kind first); punctuation, numbers and the like need the lexicon alone.
            let kind = token.kind
            let takesRules = kind == .word || kind == .abbreviation || kind == .hashtag
            let hyphen = takesRules ? lastHyphen(in: range) : nil
            // Whether the token is a compound counts only for a listed phrase starting there.
            addListedName(at: i, isCompound: takesRules ? hyphen != nil : rootState >= 0 && containsHyphen(range),
                          rootState: rootState, to: &candidates)
            guard takesRules else { continue }
            addBrokenCompound(at: i, token: token, to: &candidates)
            addPart(at: i, kind: kind, range: range, containsHyphen: hyphen != nil, to: &candidates)
            // Most tokens are words on which only a few rules can start: their conditions,
            // read here, spare the calls (each rule still checks them itself).
            let capitalized = token.flags.contains(.capitalized)
            if mayStartPerson(lastHyphen: hyphen, roles: roles, kind: kind, previousRoles: previousRoles) {
                addPerson(at: i, lastHyphen: hyphen, to: &candidates)
            }
            // A lowercase word starts a place by form only as a word derived from a place, a
            // capitalised one also by a shape that few words have.
            if kind == .word {
                let mayDerive = range.count >= 5 && mayDeriveFromPlace(range)
                if mayDerive || capitalized && mayFindPlaceByShape(range, previousRoles: previousRoles) {
                    addPlaceByForm(at: i, mayDeriveFromPlace: mayDerive, to: &candidates)
                }
            }
            addOrganisationByForm(at: i, kind: kind, id: id, to: &candidates)
            // Around a place listed as one word (so a token with a word id).
            if kind == .word, let place = matcher.singleWordMatch(rootState: rootState), place.label == .location, place.form == .name {
                addOrganisationAroundPlace(at: i, place: place, to: &candidates)
            }
        }
        dropCandidatesAcrossSentences(&candidates)
        var selected = Self.resolve(&candidates)
        addSurnames(to: &selected)
        joinPlacesAcrossSlashes(&selected)
        addDescriptions(to: &selected)
        addPronouns(to: &selected)
        return selected.map {
            Entity(firstToken: UInt32($0.start), endToken: UInt32($0.end), label: $0.label, form: $0.form, entry: $0.entry,
                   antecedent: $0.antecedentStart.flatMap { Self.index(ofStart: $0, in: selected) } ?? Entity.noEntry)
        }
    }

    /// A mention lies inside one sentence: a listed name or a rule's match that runs on over a
    /// sentence start ("… sprach Olaf" / "Scholz kam …" across a paragraph break) is no
    /// mention; its parts still compete on their own.
    func dropCandidatesAcrossSentences(_ candidates: inout [EntityCandidate]) {
        candidates.removeAll { candidate in
            candidate.end - candidate.start > 1 && (candidate.start + 1..<candidate.end).contains { sentenceStart[$0] }
        }
    }

    /// The index of the candidate starting at token `start` in `selected` (sorted by start,
    /// starts distinct), found by bisection.
    static func index(ofStart start: Int, in selected: [EntityCandidate]) -> UInt32? {
        var low = 0
        var high = selected.count
        while low < high {
            let middle = (low + high) / 2
            if selected[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < selected.count && selected[low].start == start ? UInt32(low) : nil
    }

    // MARK: Lookups

    /// The word lists token `i` is on.
    @inline(__always) func roles(_ i: Int) -> WordRoles {
        let id = wordIDs[i]
        return id >= 0 ? wordRoles[Int(id)] : []
    }

    /// The match of token `i` as a one-word phrase.
    @inline(__always) func tokenMatch(_ i: Int) -> PhraseMatch? {
        matcher.singleWordMatch(wordIDs[i])
    }

    /// The match of the one-word phrase written with the bytes of `slice`.
    @inline(__always) func singleTokenMatch(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> PhraseMatch? {
        matcher.singleWordMatch(slice)
    }

    /// The match of the one-word phrase of `count` bytes that `fill` writes into a buffer
    /// on the stack (a compound rejoined, a stem with an ending, a word recased).
    func singleTokenMatch(count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> PhraseMatch? {
        let matcher = matcher
        guard count > 0, count <= matcher.words.maxKeyLength else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            fill(buffer)
            return matcher.singleWordMatch(UnsafeBufferPointer(buffer)[...])
        }
    }
}
