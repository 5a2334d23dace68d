import Foundation
import LesartCore

/// Checks the gazetteer files one by one so that every problem is reported, not only the
/// first: malformed lines (file:line and reason), duplicate ids across files, a form
/// listed twice in one entry, demonyms of unknown entries, and actors that name no entry.
public enum GazetteerCheck {
    /// Problems found in `<lexicons>/gazetteer`, as `file:line: reason` lines.
    public static func problems(lexicons: String) -> [String] {
        let folder = lexicons + "/" + GazetteerLexiconFile.folder
        var problems: [String] = []
        let files: [String]
        do {
            files = try GazetteerFiles.entityFiles(in: folder)
        } catch {
            return [error.description]
        }
        var ids: [String: String] = [:]
        var canonicals = Set<String>()
        var all: [GazetteerEntry] = []
        for path in files {
            do {
                for entry in try GazetteerFiles.entries(in: path) {
                    if let first = ids[entry.id] {
                        problems.append("\(entry.origin): duplicate id '\(entry.id)' (first at \(first))")
                    }
                    ids[entry.id] = entry.origin
                    var seen = Set<String>()
                    for form in entry.forms where !seen.insert(form.text).inserted {
                        problems.append("\(entry.origin): form '\(form.text)' listed twice in '\(entry.id)'")
                    }
                    canonicals.insert(entry.canonical)
                    all.append(entry)
                }
            } catch {
                problems.append(error.description)
            }
        }
        for entry in all where !canonicals.contains(entry.actor) {
            problems.append("\(entry.origin): actor '\(entry.actor)' of '\(entry.id)' is no entry's canonical name")
        }
        do {
            for demonym in try GazetteerFiles.demonyms(in: folder) where ids[demonym.entryID] == nil {
                problems.append("\(demonym.origin): unknown entity id '\(demonym.entryID)'")
            }
            _ = try GazetteerFiles.ruleWords(in: folder)
            _ = try GazetteerAffixes(folder: folder)
        } catch {
            problems.append(error.description)
        }
        do {
            _ = try GazetteerFiles.placeWords(in: folder)
            _ = try GazetteerFiles.organisationWords(in: folder)
        } catch {
            problems.append(error.description)
        }
        // Every other fixed file: its format (the id lists and actor nouns are checked
        // against the entries when the gazetteer loads).
        for list in GazetteerLexiconFile.allCases where ![.demonyms, .placeWords, .organisationWords, .ruleWords].contains(list) {
            do {
                _ = try list.loadIfPresent(from: folder)
            } catch {
                problems.append(error.description)
            }
        }
        return problems
    }
}
