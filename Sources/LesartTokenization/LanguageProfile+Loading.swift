import LesartCore

/// The readers of ``LanguageProfile``'s files that check more than one word per line:
/// abbreviations with their class, abbreviations that spell words, clitics by position,
/// emoticons with their first-byte indexes; and the optional one-word lists.
extension LanguageProfile {
    /// The words of profile file `file` of `dir` as a set: empty when the rules need no such
    /// file and it is absent.
    static func words(_ file: ProfileLexiconFile, in dir: String, rules: LanguageRules) throws(LexiconError) -> ByteStringTable<Bool> {
        ByteStringTable(try wordList(file, in: dir, rules: rules).map { ($0, true) })
    }

    /// The words of profile file `file` of `dir`, in file order: empty when the rules need
    /// no such file and it is absent; a missing file the rules need throws.
    static func wordList(_ file: ProfileLexiconFile, in dir: String, rules: LanguageRules) throws(LexiconError) -> [[UInt8]] {
        let required = file.isRequired(ordinalsAndDates: rules.ordinalsAndDates, truncations: rules.truncations,
                                       sentenceStarters: rules.camelCaseSplits || rules.onlyStartersAfterAbbreviations
                                           || rules.gluedSentences,
                                       genderForms: rules.genderForms, gluedSentences: rules.gluedSentences)
        if !required, !LexiconFile.exists(file.path(in: dir)) { return [] }
        return try LexiconFile(path: file.path(in: dir)).words
    }

    /// The abbreviations of `abbreviations.tsv` with their class; each ends in a period and
    /// has no spaces.
    static func abbreviationEntries(from abbreviationFile: LexiconFile) throws(LexiconError) -> [([UInt8], AbbreviationClass)] {
        var abbreviationEntries: [([UInt8], AbbreviationClass)] = []
        for line in abbreviationFile.lines {
            guard let cls = AbbreviationClass(name: line.fields[1]) else {
                throw LexiconError(file: abbreviationFile.path, line: line.number,
                                   reason: "unknown class '\(line.fields[1])' (title, inner or final)")
            }
            let form = line.fields[0]
            guard form.hasSuffix("."), !form.contains(" ") else {
                throw LexiconError(file: abbreviationFile.path, line: line.number,
                                   reason: "an abbreviation ends in a period and has no spaces: '\(form)'")
            }
            abbreviationEntries.append((Array(form.utf8), cls))
        }
        return abbreviationEntries
    }

    /// The abbreviations whose letters also spell an ordinary word; each must be `listed`
    /// in abbreviations.tsv.
    static func abbreviationWords(from wordFile: LexiconFile, listed abbreviations: ByteStringTable<AbbreviationClass>)
        throws(LexiconError) -> ByteStringTable<Bool> {
        for line in wordFile.lines where abbreviations.value(for: Array(line.fields[0].utf8)) == nil {
            throw LexiconError(file: wordFile.path, line: line.number,
                               reason: "'\(line.fields[0])' is not listed in abbreviations.tsv")
        }
        return ByteStringTable(wordFile.lines.map { (Array($0.fields[0].utf8), true) })
    }

    /// The clitics of `clitics.tsv` by position, stored without their apostrophe (the
    /// tokenizer accepts ' and ’).
    static func clitics(from cliticFile: LexiconFile) throws(LexiconError)
        -> (suffixes: [([UInt8], Bool)], prefixes: [([UInt8], Bool)]) {
        var suffixes: [([UInt8], Bool)] = []
        var prefixes: [([UInt8], Bool)] = []
        for line in cliticFile.lines {
            let form = line.fields[0]
            guard form.hasPrefix("'"), form.count > 1 else {
                throw LexiconError(file: cliticFile.path, line: line.number,
                                   reason: "a clitic starts with an apostrophe: '\(form)'")
            }
            // Stored without the apostrophe: the tokenizer accepts ' and ’.
            let key = Array(form.utf8.dropFirst())
            switch line.fields[1] {
            case "suffix": suffixes.append((key, true))
            case "prefix": prefixes.append((key, true))
            default:
                throw LexiconError(file: cliticFile.path, line: line.number,
                                   reason: "position must be 'suffix' or 'prefix', not '\(line.fields[1])'")
            }
        }
        return (suffixes, prefixes)
    }

    /// The emoticons of the common folder, with the indexes the emoticon matcher tests
    /// first: the lengths by first byte, the first byte pairs, the longest run of plain
    /// letters an emoticon starts with (see the stored properties of the same names).
    static func emoticonIndex(from emoticonFile: LexiconFile) throws(LexiconError)
        -> (table: ByteStringTable<Bool>, lengths: [UInt64], pairs: [UInt64], longestLetterRun: Int) {
        var lengths = [UInt64](repeating: 0, count: 256)
        var pairs = [UInt64](repeating: 0, count: 1024)
        var emoticonEntries: [([UInt8], Bool)] = []
        var letterRun = 0
        for line in emoticonFile.lines {
            let bytes = Array(line.fields[0].utf8)
            guard bytes.count < 64 else {
                throw LexiconError(file: emoticonFile.path, line: line.number, reason: "emoticon longer than 63 bytes")
            }
            emoticonEntries.append((bytes, true))
            letterRun = max(letterRun, leadingPlainLetters(bytes))
            lengths[Int(bytes[0])] |= 1 << UInt64(bytes.count)
            if bytes.count >= 2 {
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        return (ByteStringTable(emoticonEntries), lengths, pairs, letterRun)
    }

    /// The pairs `TokenScanner.mayStartEmoticonOrURL` looks at closer: those that may start
    /// a listed emoticon, and `ww` in any case; bit `first | second << 8` for the pair
    /// `first`, `second` (the order of the emoticon pairs' bits turned round).
    static func simpleWordWatchPairs(emoticonPairs: [UInt64]) -> [UInt64] {
        var pairs = [UInt64](repeating: 0, count: 1024)
        func watch(_ first: Int, _ second: Int) {
            let pair = first | second << 8
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        for (index, word) in emoticonPairs.enumerated() {
            var bits = word
            while bits != 0 {
                let emoticonPair = index << 6 | bits.trailingZeroBitCount
                watch(emoticonPair >> 8, emoticonPair & 0xFF)
                bits &= bits &- 1
            }
        }
        for first in [UInt8(ascii: "w"), UInt8(ascii: "W")] {
            for second in [UInt8(ascii: "w"), UInt8(ascii: "W")] { watch(Int(first), Int(second)) }
        }
        return pairs
    }
}
