import Foundation
import Testing

/// Runs the built `lesart` executable and collects its output.
enum CLI {
    struct Result: Sendable {
        let status: Int32
        let reason: Process.TerminationReason
        let stdout: Data
        let stderr: Data
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        /// Non-empty lines of stdout.
        var lines: [String] { out.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    enum Failure: Error, CustomStringConvertible {
        case executableNotFound(searched: [String])
        case timedOut([String])
        var description: String {
            switch self {
            case .executableNotFound(let searched):
                "the built `lesart` executable was not found next to the test bundle; searched: "
                    + searched.joined(separator: ", ")
            case .timedOut(let arguments): "lesart \(arguments.joined(separator: " ")) did not finish in time"
            }
        }
    }

    /// The `lesart` executable in the build products folder, next to the `.xctest` bundle.
    static let executable: Swift.Result<URL, Failure> = {
        var starts: [URL] = []
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
        }
        starts.append(Bundle.main.bundleURL)
        if let url = Bundle.main.executableURL { starts.append(url) }
        var searched: [String] = []
        for start in starts {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("lesart")
                searched.append(candidate.path)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                   !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return .success(candidate)
                }
                dir.deleteLastPathComponent()
            }
        }
        return .failure(.executableNotFound(searched: searched))
    }()

    /// Multiplies every timeout: `LESART_TEST_TIMEOUT_SCALE` (sanitizer builds run the
    /// executable several times slower; see scripts/sanitize.sh).
    static let timeoutScale = Double(ProcessInfo.processInfo.environment["LESART_TEST_TIMEOUT_SCALE"] ?? "") ?? 1

    /// A fresh temporary folder for one test.
    static func makeTemporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("LesartCLITests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Runs `lesart arguments…` with `stdin` as standard input; stdout and stderr go to files
    /// (no pipe can fill up). The process is killed after `timeout` seconds.
    static func run(_ arguments: [String], stdin: Data = Data(), timeout: TimeInterval = 30) throws -> Result {
        let executable = try CLI.executable.get()
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("stdin")
        let outURL = dir.appendingPathComponent("stdout")
        let errURL = dir.appendingPathComponent("stderr")
        try stdin.write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? inHandle.close()
            try? outHandle.close()
            try? errHandle.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = dir
        process.standardInput = inHandle
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        let timedOut = waitWithTimeout(process, timeout * timeoutScale)
        if timedOut { throw Failure.timedOut(arguments) }
        return Result(status: process.terminationStatus, reason: process.terminationReason,
                      stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }

    /// Waits for `process`; terminates it and returns true when `timeout` passes first.
    static func waitWithTimeout(_ process: Process, _ timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                return true
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        return false
    }

    /// Tokens of vertical output: one per line, sentences separated by blank lines.
    static func verticalSentences(_ output: String) -> [[String]] {
        output.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            .map { $0.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }
}

/// One jsonl record: a document or an error in its place.
struct JSONLRecord: Decodable, Sendable {
    struct Span: Decodable, Sendable { let start: Int; let end: Int }
    struct TokenSpan: Decodable, Sendable { let start: Int; let end: Int; let kind: String }
    let id: String?
    let text: String?
    let sentences: [Span]?
    let tokens: [TokenSpan]?
    let error: String?

    static func parse(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONLRecord] {
        #expect(result.out.isEmpty || result.out.hasSuffix("\n"), "jsonl output must end with a newline",
                sourceLocation: sourceLocation)
        return try result.lines.map { line in
            do {
                return try JSONDecoder().decode(JSONLRecord.self, from: Data(line.utf8))
            } catch {
                Issue.record("not a JSON record: \(line) (\(error))", sourceLocation: sourceLocation)
                throw error
            }
        }
    }

    /// Token texts, slicing `text` in `unit` ("scalar", "utf16", "utf8").
    func tokenTexts(unit: String = "scalar") -> [String] {
        (tokens ?? []).map { slice(start: $0.start, end: $0.end, unit: unit) }
    }

    func sentenceTexts(unit: String = "scalar") -> [String] {
        (sentences ?? []).map { slice(start: $0.start, end: $0.end, unit: unit) }
    }

    func slice(start: Int, end: Int, unit: String) -> String {
        let text = self.text ?? ""
        switch unit {
        case "utf16":
            let units = Array(text.utf16)
            guard 0 <= start, start <= end, end <= units.count else { return "<out of range \(start)..<\(end)>" }
            return String(decoding: units[start..<end], as: UTF16.self)
        case "utf8":
            let bytes = Array(text.utf8)
            guard 0 <= start, start <= end, end <= bytes.count else { return "<out of range \(start)..<\(end)>" }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        default:
            let scalars = Array(text.unicodeScalars)
            guard 0 <= start, start <= end, end <= scalars.count else { return "<out of range \(start)..<\(end)>" }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[start..<end])
            return String(s)
        }
    }
}
