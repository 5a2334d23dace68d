import Foundation
import LesartCore

/// Reads the files of `Lexicons/gazetteer/`: entity files (every `.tsv` but
/// `demonyms.tsv`, columns `ID LABEL CANONICAL ACTOR FORMS POLICY`, optionally followed by
/// `ROLE YEARS` as in `roster.tsv`), the demonyms, and
/// the word lists of the person rule. A malformed line stops loading with file, line and
/// reason; nothing loads half.
enum GazetteerFiles {
    /// The entity files of a gazetteer folder, sorted by name.
    static func entityFiles(in folder: String) throws(LexiconError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw LexiconError(file: folder, line: 0, reason: "cannot list the gazetteer folder: \(error.localizedDescription)")
        }
        return names.filter(GazetteerLexiconFile.isEntityFile).sorted().map { folder + "/" + $0 }
    }

    /// Reads and parses one entity file.
    static func entries(in path: String) throws(LexiconError) -> [GazetteerEntry] {
        let fields = GazetteerLexiconFile.entityFields
        return try entries(from: LexiconFile(path: path, minFields: fields.lowerBound, maxFields: fields.upperBound))
    }

    /// The entries of one parsed entity file.
    static func entries(from file: LexiconFile) throws(LexiconError) -> [GazetteerEntry] {
        let path = file.path
        var result: [GazetteerEntry] = []
        for line in file.lines {
            let f = line.fields
            func fail(_ reason: String) -> LexiconError { LexiconError(file: path, line: line.number, reason: reason) }
            guard let label = EntityLabel(name: f[1]) else {
                throw fail("unknown label '\(f[1])' (PER, LOC, ORG or OTH)")
            }
            let forms = formFields(f[4]).map { SurfaceForm(field: $0) }
            if let empty = forms.firstIndex(where: { isEmptyOrPadded($0.text) }) {
                throw fail("surface form \(empty + 1) of '\(f[0])' is empty or padded with spaces")
            }
            var inflects = true
            var capitals = false
            for option in f[5].split(separator: ",") {
                switch option {
                case "inflect": inflects = true
                case "exact": inflects = false
                case "casefold": capitals = true
                default: throw fail("unknown policy '\(option)' (inflect, exact, casefold)")
                }
            }
            var office: Office? = nil
            if f.count > 6 {
                guard f.count == 8, let years = Office.years(f[7]) else {
                    throw fail("ROLE and YEARS must come together, YEARS as FROM-TO or FROM- (e.g. 2014-2019)")
                }
                office = Office(role: f[6], years: years)
            }
            result.append(GazetteerEntry(
                id: f[0], label: label, canonical: f[2], actor: f[3] == "-" ? f[2] : f[3],
                forms: forms, inflects: inflects, matchesCapitals: capitals, file: path, line: line.number,
                listsActor: f[3] != "-", office: office))
        }
        return result
    }

    /// The FORMS field split at `|`. Split on bytes when every `|` has ASCII neighbours
    /// (then each `|` is a Character of its own, as the String split sees it); otherwise
    /// split on Characters.
    static func formFields(_ field: String) -> [String] {
        let utf8 = Array(field.utf8)
        let bar = UInt8(ascii: "|")
        for (k, b) in utf8.enumerated() where b == bar {
            if k > 0 && utf8[k - 1] >= 0x80 || k + 1 < utf8.count && utf8[k + 1] >= 0x80 {
                return field.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return utf8.split(separator: bar, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether `text` is empty, or starts or ends with whitespace (`CharacterSet.whitespaces`:
    /// what `trimmingCharacters(in: .whitespaces)` would remove), without building the
    /// trimmed copy.
    static func isEmptyOrPadded(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        return CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
    }

    /// Parses `demonyms.tsv` (`ENTITY_ID ADJECTIVES NOUNS`, `-` for none).
    static func demonyms(in folder: String) throws(LexiconError) -> [DemonymEntry] {
        let file = GazetteerLexiconFile.demonyms
        guard LexiconFile.exists(file.path(in: folder)) else { return [] }
        return demonyms(from: try file.load(from: folder))
    }

    /// The lines of a parsed `demonyms.tsv`.
    static func demonyms(from file: LexiconFile) -> [DemonymEntry] {
        let path = file.path
        return file.lines.map { line in
            let f = line.fields
            let adjectives = f[1] == "-" ? [] : f[1].split(separator: "|").map(String.init)
            let nouns = f[2] == "-" ? [] : f[2].split(separator: "|").map { SurfaceForm(field: String($0)) }
            return DemonymEntry(entryID: f[0], adjectives: adjectives, nouns: nouns, file: path, line: line.number)
        }
    }

    /// `place-words.txt`: `WORD USE` with USE `adjective`, `suffix` or `both`.
    static func placeWords(in folder: String) throws(LexiconError) -> [(word: String, afterAdjective: Bool, suffix: Bool)] {
        try placeWords(from: GazetteerLexiconFile.placeWords.load(from: folder))
    }

    /// The words of a parsed `place-words.txt`.
    static func placeWords(from file: LexiconFile) throws(LexiconError) -> [(word: String, afterAdjective: Bool, suffix: Bool)] {
        let path = file.path
        var result: [(String, Bool, Bool)] = []
        for line in file.lines {
            switch line.fields[1] {
            case "adjective": result.append((line.fields[0], true, false))
            case "suffix": result.append((line.fields[0], false, true))
            case "both": result.append((line.fields[0], true, true))
            default:
                throw LexiconError(file: path, line: line.number,
                                   reason: "use must be adjective, suffix or both, not '\(line.fields[1])'")
            }
        }
        return result
    }

    /// `organisation-words.txt`: `WORD USE` with USE `legal`, `club` or `head`.
    static func organisationWords(in folder: String) throws(LexiconError) -> [(word: [UInt8], use: OrganisationWordUse)] {
        try organisationWords(from: GazetteerLexiconFile.organisationWords.load(from: folder))
    }

    /// The words of a parsed `organisation-words.txt`.
    static func organisationWords(from file: LexiconFile) throws(LexiconError) -> [(word: [UInt8], use: OrganisationWordUse)] {
        let path = file.path
        var result: [([UInt8], OrganisationWordUse)] = []
        for line in file.lines {
            guard let use = OrganisationWordUse(rawValue: line.fields[1]) else {
                throw LexiconError(file: path, line: line.number,
                                   reason: "use must be legal, club, head, media or team, not '\(line.fields[1])'")
            }
            result.append((Array(line.fields[0].utf8), use))
        }
        return result
    }

    /// `actor-nouns.txt`: `FORM CLASS LABEL STATE`; nil when the file is absent. STATE is
    /// `-` or the canonical name of an entry in `index`.
    static func actorNouns(in folder: String, canonicalIndex: [String: UInt32]) throws(LexiconError) -> [(word: [UInt8], noun: ActorNoun)] {
        let nouns = GazetteerLexiconFile.actorNouns
        guard LexiconFile.exists(nouns.path(in: folder)) else { return [] }
        return try actorNouns(from: nouns.load(from: folder), canonicalIndex: canonicalIndex)
    }

    /// The nouns of a parsed `actor-nouns.txt`, states checked against `canonicalIndex`.
    static func actorNouns(from file: LexiconFile, canonicalIndex: [String: UInt32]) throws(LexiconError) -> [(word: [UInt8], noun: ActorNoun)] {
        let path = file.path
        var result: [([UInt8], ActorNoun)] = []
        for line in file.lines {
            let f = line.fields
            func fail(_ reason: String) -> LexiconError { LexiconError(file: path, line: line.number, reason: reason) }
            guard let kind = ActorNoun.Kind(rawValue: f[1]) else { throw fail("class must be organ, government, attributive, body, state, group or generic, not '\(f[1])'") }
            guard let label = EntityLabel(name: f[2]) else { throw fail("unknown label '\(f[2])' (PER, LOC, ORG or OTH)") }
            var state: UInt32? = nil
            if f[3] != "-" {
                guard let entry = canonicalIndex[f[3]] else { throw fail("state '\(f[3])' is no entry's canonical name") }
                state = entry
            }
            result.append((Array(f[0].utf8), ActorNoun(kind: kind, label: label, state: state)))
        }
        return result
    }

    /// A list of entry ids (`armed-groups.txt`, `actor-places.txt`) as entry indices; empty
    /// when the file is absent. An id that names no entry is an error.
    static func entrySet(_ list: GazetteerLexiconFile, in folder: String, index: [String: UInt32]) throws(LexiconError) -> Set<UInt32> {
        if list.isOptional, !LexiconFile.exists(list.path(in: folder)) { return [] }
        return try entrySet(from: list.load(from: folder), index: index)
    }

    /// The entries a parsed list of entry ids names; an id not in `index` is an error.
    static func entrySet(from file: LexiconFile, index: [String: UInt32]) throws(LexiconError) -> Set<UInt32> {
        let path = file.path
        var result = Set<UInt32>()
        for line in file.lines {
            guard let entry = index[line.fields[0]] else {
                throw LexiconError(file: path, line: line.number, reason: "unknown entity id '\(line.fields[0])'")
            }
            result.insert(entry)
        }
        return result
    }

    /// `rule-words.txt`: `WORD ROLES`, ROLES comma-separated names of
    /// ``WordRoles/ruleWordRoles``.
    static func ruleWords(in folder: String) throws(LexiconError) -> [(word: [UInt8], roles: WordRoles)] {
        try ruleWords(from: GazetteerLexiconFile.ruleWords.load(from: folder))
    }

    /// The words of a parsed `rule-words.txt`.
    static func ruleWords(from file: LexiconFile) throws(LexiconError) -> [(word: [UInt8], roles: WordRoles)] {
        let path = file.path
        var result: [([UInt8], WordRoles)] = []
        for line in file.lines {
            var roles: WordRoles = []
            for name in line.fields[1].split(separator: ",") {
                guard let role = WordRoles.ruleWordRoles[String(name)] else {
                    let known = WordRoles.ruleWordRoles.keys.sorted().joined(separator: ", ")
                    throw LexiconError(file: path, line: line.number, reason: "unknown role '\(name)' (\(known))")
                }
                roles.insert(role)
            }
            result.append((Array(line.fields[0].utf8), roles))
        }
        return result
    }

    /// Checks that every demonym line names an entry of `index`.
    static func checkDemonyms(_ demonyms: [DemonymEntry], index: [String: UInt32]) throws(LexiconError) {
        for demonym in demonyms where index[demonym.entryID] == nil {
            throw LexiconError(file: demonym.file, line: demonym.line, reason: "unknown entity id '\(demonym.entryID)'")
        }
    }
}
