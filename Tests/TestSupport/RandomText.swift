/// SplitMix64: a tiny, fast, seedable generator, so property tests are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random texts that stress a tokenizer: runs drawn from pools of ASCII letters, German
/// letters, digits, punctuation (including the characters rules key on: `. , : / @ # - ' *`),
/// whitespace (`\r`, `\n`, `\t`, NBSP, BOM, controls), emoji with modifiers and ZWJ,
/// combining marks, CJK, Thai, fragments of URLs and abbreviations, and arbitrary scalars
/// from the whole code space (no surrogates: `Unicode.Scalar` cannot hold them).
public enum RandomText {
    static let pools: [[Unicode.Scalar]] = [
        scalars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        scalars("äöüßÄÖÜéèçñ"),
        scalars("0123456789"),
        scalars(".,;:!?…-–—/\\@#*_·'’‘‚„“”\"«»‹›()[]{}<>%€$§&+=^~|`°"),
        scalars(" \t\n\r\n  \u{A0}\u{FEFF}\u{0}\u{1}\u{1B}\u{7F}\u{85}\u{2028}\u{2029}\u{3000}\u{B}\u{C}"),
        scalars("😀👍🏽👨‍👩‍👧🇩🇪🇫🏳️‍🌈❤️🎉\u{1F3FB}\u{1F3FF}\u{200D}\u{FE0F}\u{20E3}"),
        scalars("\u{300}\u{301}\u{308}\u{327}\u{200B}\u{200C}\u{200D}\u{2060}\u{AD}\u{E0020}"),
        scalars("我们在北京工作私は東京に住んでいますカタカナ한국어"),
        scalars("ภาษาไทยง่ายนิดเดียวខ្មែរ"),
        scalars("ΑΒΓαβγПриветмирשלוםمرحبا٣٤"),
    ]

    static let fragments: [String] = [
        "z. B.", "z.B.", "usw.", "Dr.", "Nr. ", "3. Okt.", "27.11.2026", "12:30", "1.000,50", "https://",
        "www.", ".de", "example.org/", "@", "#", ":-)", ";-)", "^^", "<3", "xD", "...", "'s", "'nem", "*innen",
        ":innen", "/in", "EU-", "-", "--", "2-mal", "?!", "\r\n", "\n\n", "„", "“", "(", ")", "https://a.de/x_(y)",
        "info@example.de", "978-3-16-148410-0", "¯\\_(ツ)_/¯",
    ]

    private static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// A random scalar from the whole code space except the surrogates.
    public static func anyScalar<G: RandomNumberGenerator>(using generator: inout G) -> Unicode.Scalar {
        while true {
            // Favour the BMP, where most scripts live.
            let upper: UInt32 = Bool.random(using: &generator) ? 0xFFFF : 0x10FFFF
            if let scalar = Unicode.Scalar(UInt32.random(in: 0...upper, using: &generator)) { return scalar }
        }
    }

    /// A random text of up to `maxRuns` runs.
    public static func make<G: RandomNumberGenerator>(using generator: inout G, maxRuns: Int = 24) -> String {
        var text = String.UnicodeScalarView()
        let runs = Int.random(in: 0...maxRuns, using: &generator)
        for _ in 0..<runs {
            let choice = Int.random(in: 0..<(pools.count + 3), using: &generator)
            if choice < pools.count {
                let pool = pools[choice]
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    text.append(pool.randomElement(using: &generator)!)
                }
            } else if choice == pools.count {
                text.append(contentsOf: fragments.randomElement(using: &generator)!.unicodeScalars)
            } else if choice == pools.count + 1 {
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    text.append(anyScalar(using: &generator))
                }
            } else {
                text.append(" ")
            }
        }
        return String(text)
    }
}
