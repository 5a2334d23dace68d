import Testing
import LesartCore
import LesartTokenization
import TestSupport

/// Property tests over seeded random Unicode text (see ``RandomText``): tokenizing and
/// splitting never crash, the invariants of ``InvariantChecker`` always hold, in both
/// conventions, and the Latin fast path produces exactly the tokens ICU alone produces.
@Suite("Random-text properties")
struct PropertyTests {
    /// Independent seeds, so a failure names a small reproducible batch.
    static let seeds: [UInt64] = [0x5EED_0001, 0x5EED_0002, 0x5EED_0003, 0x5EED_0004]
    static let textsPerSeed = 750

    @Test("invariants hold and the fast path matches ICU", arguments: seeds)
    func randomTexts(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let splitter = SentenceSplitter(profile: Fixtures.german)
        var sessions: [(Convention, fast: TokenizerSession, slow: TokenizerSession)] = []
        for convention in Convention.allCases {
            sessions.append((
                convention,
                try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: true).makeSession(),
                try Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: false).makeSession()
            ))
        }
        var failures = 0
        for index in 0..<Self.textsPerSeed {
            let text = RandomText.make(using: &generator)
            for (convention, fast, slow) in sessions {
                var fastDocument = Document(text: text)
                fast.tokenize(&fastDocument)
                splitter.split(&fastDocument)
                var slowDocument = Document(text: text)
                slow.tokenize(&slowDocument)

                let problems = InvariantChecker.violations(in: fastDocument, requireSentences: true)
                    + InvariantChecker.violations(in: slowDocument)
                if !problems.isEmpty {
                    failures += 1
                    Issue.record("INVARIANT seed \(seed) #\(index) [\(convention.rawValue)] \(String(reflecting: text)): \(problems)")
                }
                if fastDocument.tokens != slowDocument.tokens {
                    failures += 1
                    let fastTokens = fastDocument.tokens.map { "\(fastDocument.text(of: $0))/\($0.kind.name)" }
                    let slowTokens = slowDocument.tokens.map { "\(slowDocument.text(of: $0))/\($0.kind.name)" }
                    Issue.record("FASTPATH seed \(seed) #\(index) [\(convention.rawValue)] \(String(reflecting: text)): fast \(fastTokens) vs ICU \(slowTokens)")
                }
                if failures >= 10 { return }
            }
        }
    }

    @Test("tokenizing is deterministic and sessions are reusable")
    func sessionReuse() throws {
        var generator = SplitMix64(seed: 42)
        let texts = (0..<200).map { _ in RandomText.make(using: &generator) }
        let session = try Tokenizer(profile: Fixtures.german).makeSession()
        let first = texts.map { text -> [Token] in
            var document = Document(text: text)
            session.tokenize(&document)
            return document.tokens
        }
        for (text, expected) in zip(texts.reversed(), first.reversed()) {
            let fresh = try tokenize(text)
            #expect(fresh.tokens == expected, "\(String(reflecting: text))")
        }
    }
}
