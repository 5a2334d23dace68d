import LesartCore

/// The words single stance rules look for, read from `Lexicons/stance/`: `rule-words.tsv`
/// (word → ``RuleWordClass``), `contractions.tsv` (fused prepositions: `vom` → `von`) and
/// `feminine-endings.txt` (names ending so take `die`).
struct RuleWordLexicon: Sendable {
    /// Word form → its classes.
    let classes: [[UInt8]: RuleWordClass]
    /// Fused form → index of its preposition in ``prepositions``.
    let contractions: [[UInt8]: Int32]
    /// The prepositions the fused forms stand for.
    let prepositions: [String]
    /// Endings of names that take `die`.
    let feminineEndings: [String]
    /// Slots for the prepositions of class `attitude-target` ("gegenüber"), in file order.
    let attitudeSlots: [ArgumentSlot]

    /// Every word form the three files name (the keys of ``StanceLexicon/words`` they add).
    var words: Set<[UInt8]> { Set(classes.keys).union(contractions.keys) }

    /// Reads the three files of `folder`.
    init(folder: String) throws(LexiconError) {
        (classes, attitudeSlots) = try Self.classes(from: StanceLexiconFile.ruleWords.load(from: folder))
        (contractions, prepositions) = Self.contractions(from: try StanceLexiconFile.contractions.load(from: folder))
        feminineEndings = try StanceLexiconFile.feminineEndings.load(from: folder).lines.map { $0.fields[0] }
    }

    /// A parsed `rule-words.tsv`: word → classes, and the slots of the `attitude-target` words.
    static func classes(from file: LexiconFile) throws(LexiconError) -> ([[UInt8]: RuleWordClass], [ArgumentSlot]) {
        var classes: [[UInt8]: RuleWordClass] = [:]
        var attitudeSlots: [ArgumentSlot] = []
        for line in file.lines {
            guard let value = RuleWordClass(names: Substring(line.fields[1])) else {
                throw LexiconError(file: file.path, line: line.number, reason: "unknown class in '\(line.fields[1])'")
            }
            classes[Array(line.fields[0].utf8), default: []].formUnion(value)
            if value.contains(.attitudeTarget) { attitudeSlots.append(.preposition(line.fields[0])) }
        }
        return (classes, attitudeSlots)
    }

    /// A parsed `contractions.tsv`: fused form → preposition index, and the prepositions.
    static func contractions(from file: LexiconFile) -> ([[UInt8]: Int32], [String]) {
        var contractions: [[UInt8]: Int32] = [:]
        var prepositions: [String] = []
        for line in file.lines {
            let preposition = line.fields[1]
            let index = prepositions.firstIndex(of: preposition) ?? prepositions.count
            if index == prepositions.count { prepositions.append(preposition) }
            contractions[Array(line.fields[0].utf8)] = Int32(index)
        }
        return (contractions, prepositions)
    }

    /// The classes of `word` as written.
    func classes(of word: String) -> RuleWordClass { classes[Array(word.utf8)] ?? [] }
}
