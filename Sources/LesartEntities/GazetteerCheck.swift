import Foundation
import LesartCore

/// Checks the gazetteer files one by one so that every problem is reported, not only the
/// first: malformed lines (file:line and reason), duplicate ids across files, a form
/// listed twice in one entry, demonyms of unknown entries, and actors that name no entry.
public enum GazetteerCheck {
    /// Problems found in `<lexicons>/gazetteer`, as `file:line: reason` lines.
    public static func problems(lexicons: String) -> [String] {
        let folder = lexicons + "/gazetteer"
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
        let demonymPath = folder + "/demonyms.tsv"
        if FileManager.default.fileExists(atPath: demonymPath) {
            do {
                for demonym in try GazetteerFiles.demonyms(in: demonymPath) where ids[demonym.entryID] == nil {
                    problems.append("\(demonym.origin): unknown entity id '\(demonym.entryID)'")
                }
            } catch {
                problems.append(error.description)
            }
        }
        do {
            _ = try GazetteerFiles.placeWords(folder + "/place-words.txt")
            _ = try GazetteerFiles.organisationWords(folder + "/organisation-words.txt")
            _ = try GazetteerFiles.ruleWords(folder + "/rule-words.txt")
            _ = try GazetteerAffixes(folder: folder)
        } catch {
            problems.append(error.description)
        }
        for list in ["first-names.txt", "role-words.txt", "location-cues.txt", "name-particles.txt", "articles.txt",
                     "place-prefixes.txt", "place-endings.txt"] {
            do {
                _ = try GazetteerFiles.wordList(folder + "/" + list)
            } catch {
                problems.append(error.description)
            }
        }
        return problems
    }
}
