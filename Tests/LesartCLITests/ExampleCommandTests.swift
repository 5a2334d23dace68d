import Foundation
import Testing
import TestSupport

/// Every example command that `lesart --help`, the subcommands' help and README.md show
/// runs as shown and succeeds: the examples name files that exist (the sample text in
/// `Corpora/`) or placeholders this test makes (`a.txt`, `news.jsonl`, `annotated/`), and
/// a reader who copies one gets output, not an error.
@Suite("lesart: every example of the help and the README runs")
struct ExampleCommandTests {
    /// The help screens that carry an `Examples:` block.
    static let helpScreens: [[String]] = [
        ["--help"], ["tokenize", "--help"], ["annotate", "--help"], ["explain", "--help"],
        ["render", "--help"], ["network", "--help"],
    ]

    /// Programs an example may pipe through besides `lesart`; examples that call anything
    /// else (`swift run`, `spark-submit`, `bash scripts/…`) are not `lesart` examples.
    static let otherPrograms: Set<String> = ["echo", "zcat", "gzip"]

    /// Every distinct example command of the help screens and the README (the README
    /// repeats many of the help's examples); empty when the executable cannot be run, which
    /// ``examplesFound()`` reports.
    static let allExamples: [String] = {
        var found = helpScreens.flatMap { screen in
            (try? CLI.run(screen)).map { ExampleCommandTests.examples(inHelp: $0.out) } ?? []
        }
        if let readme = try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8) {
            found += ExampleCommandTests.examples(inReadme: readme)
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }()

    @Test("every help screen and the README show examples")
    func examplesFound() throws {
        for screen in Self.helpScreens {
            let help = try CLI.run(screen)
            #expect(help.status == 0, "lesart \(screen.joined(separator: " "))")
            #expect(!Self.examples(inHelp: help.out).isEmpty, "lesart \(screen.joined(separator: " ")) shows no example")
        }
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(Self.examples(inReadme: readme).count >= 10)
        #expect(Self.allExamples.count >= 25)
    }

    @Test("the example runs as shown", arguments: allExamples)
    func exampleRuns(_ example: String) throws {
        try Self.check(example)
    }

    /// The indented lines after `Examples:` up to the first line indented less, trailing
    /// comments removed.
    static func examples(inHelp help: String) -> [String] {
        var result: [String] = []
        var indent: Int?
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let depth = line.prefix { $0 == " " }.count
            if line.trimmingCharacters(in: .whitespaces) == "Examples:" {
                indent = depth
            } else if let base = indent {
                guard depth > base, !line.trimmingCharacters(in: .whitespaces).isEmpty else {
                    indent = nil
                    continue
                }
                result.append(withoutComment(String(line)).trimmingCharacters(in: .whitespaces))
            }
        }
        return result
    }

    /// The command lines of the README's ```sh blocks whose every stage is `lesart` or one
    /// of ``otherPrograms``, trailing comments removed.
    static func examples(inReadme readme: String) -> [String] {
        var result: [String] = []
        var inShell = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line.hasPrefix("```sh")
                continue
            }
            guard inShell else { continue }
            let command = withoutComment(String(line)).trimmingCharacters(in: .whitespaces)
            let programs = command.split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            }
            if programs.contains("lesart"), programs.allSatisfy({ $0 == "lesart" || otherPrograms.contains($0) }) {
                result.append(command)
            }
        }
        return result
    }

    /// The command without a trailing `# comment` (a `#` after two spaces, outside quotes).
    static func withoutComment(_ line: String) -> String {
        guard let range = line.range(of: "  #") else { return line }
        return String(line[..<range.lowerBound])
    }

    /// Runs `example` with bash in a fresh folder holding the placeholders, `lesart` being
    /// the built executable; it must exit 0 and write something (to standard output or a
    /// file or folder it names).
    static func check(_ example: String) throws {
        let executable = try CLI.executable.get()
        let dir = try makePlaceholders()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        let command = example.replacingOccurrences(
            of: #"(^|\|\s*)lesart "#, with: "$1'\(executable.path)' ", options: .regularExpression)
        let result = try shell(command, in: dir)
        #expect(result.status == 0, "\(example): exit \(result.status): \(result.err)")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        let wroteFile = !after.subtracting(before).isEmpty
            || (example.contains("--output annotated/") && (try? FileManager.default.contentsOfDirectory(
                atPath: dir.appendingPathComponent("annotated").path).count) ?? 0 > 1)
        #expect(!result.out.isEmpty || wroteFile, "\(example): no output")
    }

    /// A folder with what the examples name: `Corpora/` (a copy of the repository's), three text
    /// files, annotated JSONL with dates (`news.jsonl`, its gzip, `annotated.jsonl`) and a
    /// folder of annotated output (`annotated/`).
    static func makePlaceholders() throws -> URL {
        let dir = try CLI.makeTemporaryDirectory()
        let files = FileManager.default
        try files.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Corpora"), to: dir.appendingPathComponent("Corpora"))
        let texts = ["a.txt": "Moskau drohte der Ukraine. Kiew bat um Hilfe.",
                     "b.txt": "Teheran lieferte Moskau Drohnen.",
                     "text.txt": "Am 3. Okt. kam Dr. Müller, z. B. mit der EU-Delegation."]
        for (name, text) in texts { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let input = """
            {"id": "n1", "date": "2024-03-05", "text": "Moskau drohte der Ukraine mit Vergeltung."}
            {"id": "n2", "date": "2024-05-17", "text": "Teheran lieferte Moskau Drohnen. Die EU verurteilte Russland."}

            """
        let annotated = try CLI.run(["annotate", "--quiet"], stdin: Data(input.utf8))
        #expect(annotated.status == 0, "annotating the placeholder news failed: \(annotated.err)")
        for name in ["news.jsonl", "annotated.jsonl"] { try annotated.stdout.write(to: dir.appendingPathComponent(name)) }
        let folder = dir.appendingPathComponent("annotated")
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        try annotated.stdout.write(to: folder.appendingPathComponent("news.jsonl"))
        let zipped = try shell("gzip -k news.jsonl", in: dir)
        #expect(zipped.status == 0, "gzip: \(zipped.err)")
        return dir
    }

    /// Runs `command` with `bash -o pipefail -c` in `dir`; standard input is empty.
    static func shell(_ command: String, in dir: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-o", "pipefail", "-c", command]
        process.currentDirectoryURL = dir
        let out = dir.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = dir.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        if CLI.waitWithTimeout(process, 120 * CLI.timeoutScale) { throw CLI.Failure.timedOut([command]) }
        return (process.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self),
                String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
