import Foundation
import Testing
import TestSupport

/// Exit codes for usage errors, a closed standard output, and help.
@Suite("lesart: usage, pipes and help")
struct CLIBehaviourTests {
    @Test("Usage errors exit with 2", arguments: [
        ["tokenize", "--bogus"],
        ["tokenize", "--format", "xyz"],
        ["tokenize", "--convention", "xyz"],
        ["tokenize", "--offsets", "bytes"],
        ["tokenize", "--format"],
        ["frobnicate"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try CLI.run(arguments, stdin: Data("Hallo.".utf8))
        #expect(result.reason == .exit)
        #expect(result.status == 2, "stderr: \(result.err)")
        #expect(!result.err.isEmpty)
        #expect(result.out == "")
    }

    @Test("A missing --lexicons folder is a usage error (2)")
    func badLexicons() throws {
        let result = try CLI.run(["tokenize", "--lexicons", "/nonexistent/lesart-lexicons"], stdin: Data("Hallo.".utf8))
        #expect(result.status == 2, "stderr: \(result.err)")
        #expect(result.err.contains("/nonexistent/lesart-lexicons"))
    }

    @Test("A closed standard output ends the program quietly, with one thread or several",
          arguments: [["tokenize", "--jobs", "1"], ["tokenize", "--jobs", "2"],
                      ["annotate", "--jobs", "2", "--format", "vertical"]])
    func closedStdout(command: [String]) throws {
        let executable = try CLI.executable.get()
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        // About 3 MB of text, in three files so the program also flushes between documents.
        let sentence = "Der EU-Beitritt kam am 3. Okt. 2026, z. B. mit 1.000,50 € für Dr. Müller. 😀 "
        let chunk = String(repeating: sentence, count: (1 << 20) / sentence.utf8.count + 1)
        var paths: [String] = []
        for k in 0..<3 {
            let url = dir.appendingPathComponent("big\(k).txt")
            try Data(chunk.utf8).write(to: url)
            paths.append(url.path)
        }
        let errURL = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? errHandle.close() }

        let stdout = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = command + paths
        process.currentDirectoryURL = dir
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = errHandle
        try process.run()
        try? stdout.fileHandleForWriting.close()
        let head = stdout.fileHandleForReading.readData(ofLength: 16)
        try stdout.fileHandleForReading.close()
        let timedOut = CLI.waitWithTimeout(process, 60)
        #expect(!timedOut, "lesart did not exit after its standard output was closed")
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)

        #expect(String(decoding: head, as: UTF8.self).hasPrefix("Der\t") || String(decoding: head, as: UTF8.self).hasPrefix("Der\nEU-Beitritt\n"))
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0, "stderr: \(stderr)")
        #expect(!stderr.contains("Fatal error"))
        #expect(!stderr.contains("Backtrac"))
    }

    @Test("--help mentions tokenize and an example")
    func help() throws {
        let root = try CLI.run(["--help"])
        #expect(root.status == 0)
        #expect(root.out.contains("tokenize"))
        #expect(root.out.contains("Example"))
        #expect(root.out.contains("lesart tokenize"))

        let tokenize = try CLI.run(["tokenize", "--help"])
        #expect(tokenize.status == 0)
        for option in ["--format", "--convention", "--offsets", "--lossy", "Example", "lesart tokenize"] {
            #expect(tokenize.out.contains(option), "tokenize --help lacks \(option)")
        }
    }
}
