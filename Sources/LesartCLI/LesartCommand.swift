import ArgumentParser
import Foundation
import Lesart

/// The `lesart` executable.
@main
struct LesartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesart",
        abstract: "German tokens, sentences, named entities and stance relations between actors.",
        discussion: """
            Examples:
              lesart tokenize Corpora/de/russland-allianzen.txt
              echo "Am 3. Okt. kam Dr. Müller, z. B. mit der EU." | lesart tokenize
              lesart tokenize --format jsonl --offsets utf16 a.txt b.txt
              lesart tokenize --convention ud --format conllu text.txt
              echo '{"id": 1, "text": "Moskau drohte der Ukraine."}' | lesart annotate
              lesart lexicon check
            """,
        subcommands: [TokenizeCommand.self, AnnotateCommand.self, ExplainCommand.self, LexiconCommand.self, RenderCommand.self, NetworkCommand.self]
    )

    /// Parses, runs, and maps outcomes to exit codes: 0 success, 1 some documents failed,
    /// 2 usage error. A closed standard output ends the program quietly.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Self.exit(withError: error)
            }
            let message = fullMessage(for: error)
            StandardError.write(message + "\n")
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
