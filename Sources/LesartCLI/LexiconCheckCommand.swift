import ArgumentParser
import Foundation
import Lesart
import LesartReports

/// `lesart lexicon check`: loads every lexicon (the language profile, common lists,
/// gazetteer, stance lexicon, event codes), reports malformed lines (file:line and
/// reason), duplicate ids and forms, files no loader reads or that a loader misses, and
/// phrases that entries of different label claim.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report malformed lines, duplicates and conflicting entries in the lexicons.",
        discussion: "Exit status: 0 no errors (conflicts are reported as warnings), 1 errors found."
    )

    @Option(help: "Folder holding the lexicons (default: $LESART_LEXICONS or the bundled Lexicons/).")
    var lexicons: String?

    @OptionGroup var language: LanguageOption

    @Flag(help: "List every conflicting phrase, not only the count.")
    var verbose = false

    func run() throws {
        var errors: [String] = []
        let started = Date()
        let profile: LanguageProfile
        do {
            profile = try language.profile(lexicons: lexicons)
        } catch {
            print("error: \(error)")
            throw ExitCode(1)
        }
        let root = profile.lexiconFolder
        for problem in GazetteerCheck.problems(lexicons: root) { errors.append(problem) }
        errors += LexiconFolderCheck.problems(ProfileLexiconFile.self, in: root + "/" + profile.language)
        errors += LexiconFolderCheck.problems(CommonLexiconFile.self, in: root + "/" + CommonLexiconFile.folder)
        errors += LexiconFolderCheck.problems(GazetteerLexiconFile.self, in: root + "/" + GazetteerLexiconFile.folder,
                                              isLoaded: GazetteerLexiconFile.isEntityFile)
        errors += LexiconFolderCheck.problems(StanceLexiconFile.self, in: root + "/" + StanceLexiconFile.folder)
        errors += LexiconFolderCheck.problems(EventsLexiconFile.self, in: root + "/" + EventsLexiconFile.folder)
        var summary = "tokenizer lexicons: ok (\(profile.lexiconFolder))"
        do {
            let stance = try StanceLexicon(lexicons: root)
            summary += "\nstance lexicon: \(stance.cueCount) cues, \(stance.formCount) word forms"
        } catch {
            errors.append("\(error)")
        }
        do {
            _ = try CameoCodeBook(folder: root + "/" + EventsLexiconFile.folder)
            _ = try ActorCodeBook(lexicons: root)
            summary += "\nevent codes: ok"
        } catch {
            errors.append("\(error)")
        }
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
