import LesartCore

/// CAMEO codes for stance records, from `Lexicons/events/` (cameo-cues.tsv, cameo-intent.tsv,
/// cameo-roots.tsv; the lookup order is documented in cameo-cues.tsv): negated records by
/// `*negated`, then by rule, lemma, the lemma's compound head (nouns) and the label's
/// default; an intended material event becomes its intent code.
public struct CameoCodeBook: Sendable {
    /// Codes by `label + TAB + key`; nil value: "no event" (`-`).
    private let codes: [String: String?]
    private let intents: [String: String]
    private let quads: [String: Int]

    /// Loads the three files of `folder` (`Lexicons/events`); errors name file and line.
    public init(folder: String) throws(LexiconError) {
        let roots = try EventsLexiconFile.cameoRoots.load(from: folder)
        var quads: [String: Int] = [:]
        for line in roots.lines {
            guard line.fields[0].count == 2, let quad = Int(line.fields[1]), (1...4).contains(quad) else {
                throw LexiconError(file: roots.path, line: line.number, reason: "expected a two-digit root and a quad class 1-4")
            }
            quads[line.fields[0]] = quad
        }
        func check(_ code: String, _ file: LexiconFile, _ line: LexiconFile.Line) throws(LexiconError) {
            guard (2...4).contains(code.count), code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber),
                  quads[String(code.prefix(2))] != nil else {
                throw LexiconError(file: file.path, line: line.number, reason: "'\(code)' is not a CAMEO code with a known root")
            }
        }
        let cues = try EventsLexiconFile.cameoCues.load(from: folder)
        var codes: [String: String?] = [:]
        for line in cues.lines {
            let (key, label, code) = (line.fields[0], line.fields[1], line.fields[2])
            guard Palette.stanceLabels.contains(label) else {
                throw LexiconError(file: cues.path, line: line.number, reason: "unknown label '\(label)'")
            }
            if code != "-" { try check(code, cues, line) }
            guard codes.updateValue(code == "-" ? nil : code, forKey: label + "\t" + key) == nil else {
                throw LexiconError(file: cues.path, line: line.number, reason: "'\(key)' is listed twice for \(label)")
            }
        }
        let intent = try EventsLexiconFile.cameoIntent.load(from: folder)
        var intents: [String: String] = [:]
        for line in intent.lines {
            try check(line.fields[0], intent, line)
            try check(line.fields[1], intent, line)
            intents[line.fields[0]] = line.fields[1]
        }
        self.codes = codes
        self.intents = intents
        self.quads = quads
    }

    /// The code of `stance`, or nil when the record is no event (negated distancing or threat).
    public func code(for stance: RecordStance) -> CameoCode? {
        let label = stance.label + "\t"
        var found: String?? = nil
        if stance.isNegated {
            found = codes[label + "*negated"]
        } else {
            if let rule = stance.rule { found = codes[label + "rule:" + rule] }
            if found == nil, let lemma = stance.cue.lemma {
                found = codes[label + lemma]
                if found == nil { found = compoundHead(of: lemma, label: label) }
            }
        }
        if found == nil { found = codes[label + "*"] }
        guard let code = found ?? nil, var cameo = cameo(code) else { return nil }
        if stance.modality == "intended", cameo.isMaterial,
           let announced = intents[cameo.code] ?? intents[cameo.root], let intent = self.cameo(announced) {
            cameo = intent
        }
        return cameo
    }

    /// The code of a noun's compound head: the longest listed ending of at least four
    /// letters, capitalised (`Drohnenangriff` → `Angriff`, `Wirtschaftssanktion` →
    /// `Sanktion`): in German the last part of a compound says what it is. Only for
    /// capitalised single words (nouns).
    private func compoundHead(of lemma: String, label: String) -> String?? {
        guard let first = lemma.first, first.isUppercase, !lemma.contains(" ") else { return nil }
        var rest = Substring(lemma).dropFirst()
        while rest.count >= 4 {
            if let code = codes[label + rest.prefix(1).uppercased() + rest.dropFirst()] { return code }
            rest = rest.dropFirst()
        }
        return nil
    }

    private func cameo(_ code: String) -> CameoCode? {
        quads[String(code.prefix(2))].map { CameoCode(code: code, quadClass: $0) }
    }
}
