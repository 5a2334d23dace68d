import ArgumentParser
import Foundation
import Lesart

/// `lesart lexicon check`: loads every lexicon, reports malformed lines (file:line and
/// reason), duplicate ids and forms, and phrases that entries of different label claim.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report malformed lines, duplicates and conflicting entries in the lexicons.",
        discussion: "Exit status: 0 no errors (conflicts are reported as warnings), 1 errors found."
    )

    @Option(help: "Folder holding the lexicons (default: $LESART_LEXICONS or the bundled Lexicons/).")
    var lexicons: String?

    @Flag(help: "List every conflicting phrase, not only the count.")
    var verbose = false

    func run() throws {
        var errors: [String] = []
        let started = Date()
        let profile: LanguageProfile
        do {
            profile = try LanguageProfile.german(lexicons: lexicons)
        } catch {
            print("error: \(error)")
            throw ExitCode(1)
        }
        for problem in GazetteerCheck.problems(lexicons: profile.lexiconFolder) { errors.append(problem) }
        var summary = "tokenizer lexicons: ok (\(profile.lexiconFolder))"
        if errors.isEmpty {
            do {
                let gazetteer = try Gazetteer(lexicons: profile.lexiconFolder, tokenizer: Tokenizer(profile: profile))
                let seconds = Date().timeIntervalSince(started)
                summary += "\ngazetteer: \(gazetteer.entries.count) entries, \(gazetteer.demonyms.count) demonym lines, "
                    + "\(gazetteer.phraseCount) phrases compiled in \(String(format: "%.2f", seconds)) s"
                summary += "\nconflicts (phrase kept for one entry, dropped for another): \(gazetteer.conflicts.count)"
                if verbose { for conflict in gazetteer.conflicts { summary += "\n  warning: \(conflict)" } }
            } catch {
                errors.append("\(error)")
            }
        }
        print(summary)
        for error in errors { print("error: \(error)") }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
