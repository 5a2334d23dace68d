import Foundation
import Testing
import TestSupport

/// `lesart annotate` on corpora: many documents through standard input, thread count not
/// changing a byte, folders with `--output` and `--skip-existing`, error records in place.
@Suite("lesart annotate: batches")
struct AnnotateBatchTests {
    /// `count` JSON lines with ids "doc-0" … and texts that vary in length and content.
    static func corpus(_ count: Int) -> Data {
        let sentences = [
            "Moskau drohte der Ukraine mit Vergeltung.",
            "Die EU unterstützt Kiew weiterhin.",
            "Peking distanziert sich von Washington.",
            "Am 3. Okt. kam Dr. Müller nach Berlin.",
        ]
        var lines = ""
        for index in 0..<count {
            let text = (0...(index % 3)).map { sentences[($0 + index) % sentences.count] }.joined(separator: " ")
            lines += #"{"id": "doc-\#(index)", "text": "\#(text)"}"# + "\n"
        }
        return Data(lines.utf8)
    }

    static func ids(_ result: CLI.Result) throws -> [String] {
        try result.lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["id"] as? String)
        }
    }

    @Test("10,000 JSON lines on standard input give 10,000 records with ids in order")
    func tenThousand() throws {
        let result = try CLI.run(["annotate", "--quiet"], stdin: Self.corpus(10_000), timeout: 300)
        #expect(result.status == 0, "\(result.err)")
        let ids = try Self.ids(result)
        #expect(ids.count == 10_000)
        #expect(ids == (0..<10_000).map { "doc-\($0)" })
        #expect(result.err.contains("10000 documents, 0 errors"))
    }

    @Test("--jobs 1 and --jobs 2 give byte-identical output", arguments: ["jsonl", "conllu", "vertical"])
    func jobsDoNotChangeOutput(format: String) throws {
        let corpus = Self.corpus(1_200)
        let one = try CLI.run(["annotate", "--jobs", "1", "--format", format], stdin: corpus, timeout: 120)
        let two = try CLI.run(["annotate", "--jobs", "2", "--format", format], stdin: corpus, timeout: 120)
        #expect(one.status == 0 && two.status == 0, "\(one.err) \(two.err)")
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout)
    }

    @Test("malformed lines and invalid UTF-8 give error records in their places; exit 1")
    func errorsInPlace() throws {
        var input = Data(#"{"id": "a", "text": "Berlin warnt Moskau."}"#.utf8 + [0x0A])
        input += Data("not json\n".utf8)
        input += Data(#"{"id": "c", "text": "ab"#.utf8 + [0xC3, 0x28] + Data(#"cd"}"#.utf8) + [0x0A])
        input += Data(#"{"id": "d", "text": 5}"#.utf8 + [0x0A])
        input += Data(#"{"id": "e", "text": "Kiew dankt der EU."}"#.utf8 + [0x0A])
        let result = try CLI.run(["annotate", "--jobs", "2"], stdin: input)
        #expect(result.status == 1)
        let records = try result.lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 5)
        #expect(records.map { $0["error"] == nil } == [true, false, false, false, true])
        #expect((records[1]["error"] as? String)?.contains("line 2") == true)
        #expect((records[2]["error"] as? String)?.contains("byte offset") == true)
        #expect(records[2]["id"] as? String == "c")
        #expect((records[3]["error"] as? String)?.contains("line 4") == true)
        #expect(records[4]["id"] as? String == "e")
    }

    @Test("other fields of a JSON line are passed through; output keys cannot be overridden")
    func passThrough() throws {
        let input = #"{"id": "x", "text": "Moskau.", "source": "taz", "meta": {"b": 1, "a": [2, "s/t"]}, "tokens": 3}"#
        let result = try CLI.run(["annotate", "--stages", "tokens"], stdin: Data((input + "\n").utf8))
        #expect(result.status == 0, "\(result.err)")
        let line = try #require(result.lines.first)
        #expect(line.hasPrefix(#"{"id":"x","text":"Moskau.","meta":{"a":[2,"s/t"],"b":1},"source":"taz","sentences""#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["tokens"] as? [Any])?.count == 2)
    }

    @Test("a read error mid-input gives an error record with the system's reason", arguments: ["jsonl", "text"])
    func readError(input: String) throws {
        // Reading /proc/self/mem from offset 0 fails with EIO on Linux.
        try #require(FileManager.default.fileExists(atPath: "/proc/self/mem"))
        let result = try CLI.run(["annotate", "--input", input, "/proc/self/mem"])
        #expect(result.status == 1)
        #expect(result.lines.count == 1)
        #expect(result.out.contains(#""error":"/proc/self/mem: cannot read"#))
        #expect(result.out.contains("Input/output error"))
    }

    @Test("a folder with --output writes one file per input; --skip-existing resumes")
    func folderOutputAndResume() throws {
        let root = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        let nested = corpus.appendingPathComponent("2024/maerz")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("Moskau drohte der Ukraine.".utf8).write(to: corpus.appendingPathComponent("a.txt"))
        try Data("Die EU unterstützt Kiew.".utf8).write(to: nested.appendingPathComponent("b.txt"))
        try Self.corpus(5).write(to: nested.appendingPathComponent("c.jsonl"))
        try Data("ignored".utf8).write(to: corpus.appendingPathComponent("notes.md"))
        let out = root.appendingPathComponent("out")

        let first = try CLI.run(["annotate", "--output", out.path, corpus.path])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.stdout.isEmpty)
        let files = try Self.files(under: out)
        #expect(files == ["2024/maerz/b.jsonl", "2024/maerz/c.jsonl", "a.jsonl"])
        let c = try String(contentsOf: out.appendingPathComponent("2024/maerz/c.jsonl"), encoding: .utf8)
        #expect(c.split(separator: "\n").count == 5)

        // An interrupted run: one output missing, another present with stale content.
        try FileManager.default.removeItem(at: out.appendingPathComponent("a.jsonl"))
        try Data("stale\n".utf8).write(to: out.appendingPathComponent("2024/maerz/b.jsonl"))
        let resumed = try CLI.run(["annotate", "--output", out.path, "--skip-existing", corpus.path])
        #expect(resumed.status == 0, "\(resumed.err)")
        #expect(resumed.err.contains("2 inputs skipped"))
        #expect(try Self.files(under: out) == files)
        let a = try String(contentsOf: out.appendingPathComponent("a.jsonl"), encoding: .utf8)
        #expect(a.contains("\"Moskau\"") || a.contains("Russland"))
        let b = try String(contentsOf: out.appendingPathComponent("2024/maerz/b.jsonl"), encoding: .utf8)
        #expect(b == "stale\n")
    }

    @Test("a named *.txt file is one text document unless --input says otherwise")
    func formatByExtension() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("notiz.txt")
        try Data("Moskau drohte der Ukraine.\nKiew antwortete.\n".utf8).write(to: file)
        let byExtension = try CLI.run(["annotate", "--stages", "tokens", file.path])
        #expect(byExtension.status == 0, "\(byExtension.err)")
        #expect(byExtension.lines.count == 1)
        #expect(byExtension.out.contains("\"id\":\"\(file.path)\""))
        let asJSONLines = try CLI.run(["annotate", "--input", "jsonl", "--stages", "tokens", file.path])
        #expect(asJSONLines.status == 1)
        #expect(asJSONLines.lines.count == 2)
        #expect(asJSONLines.out.contains("line 2, column 1: expected a JSON object"))
    }

    @Test("--stages runs a prefix of the pipeline")
    func stages() throws {
        let input = Data(#"{"id": "a", "text": "Moskau drohte der Ukraine."}"#.utf8 + [0x0A])
        let tokens = try CLI.run(["annotate", "--stages", "tokens"], stdin: input)
        #expect(tokens.status == 0)
        #expect(tokens.out.contains("\"tokens\""))
        #expect(!tokens.out.contains("\"Russland\""))
        let entities = try CLI.run(["annotate", "--stages", "entities"], stdin: input)
        #expect(entities.out.contains("\"Russland\""))
        #expect(!entities.out.contains("\"threat\""))
        let all = try CLI.run(["annotate"], stdin: input)
        #expect(all.out.contains("\"threat\""))
        let wrong = try CLI.run(["annotate", "--stages", "parse"], stdin: input)
        #expect(wrong.status == 2)
        #expect(wrong.err.contains("unknown layer 'parse'"))
    }

    @Test("vertical output carries entity tag, actor and stance columns after annotation")
    func verticalColumns() throws {
        let input = Data(#"{"id": "a", "text": "Moskau drohte der Ukraine."}"#.utf8 + [0x0A])
        let result = try CLI.run(["annotate", "--format", "vertical"], stdin: input)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.lines == [
            "Moskau\tB-LOC\tRussland\t_",
            "drohte\tO\t_\tthreat:Russland→Ukraine",
            "der\tO\t_\t_",
            "Ukraine\tB-LOC\tUkraine\t_",
            ".\tO\t_\t_",
        ])
        let tokensOnly = try CLI.run(["annotate", "--format", "vertical", "--stages", "tokens,sentences"], stdin: input)
        #expect(tokensOnly.lines == ["Moskau", "drohte", "der", "Ukraine", "."])
    }

    @Test("a text file above --chunk-size is read in paragraph chunks with offsets relative to the file")
    func chunkedTextFile() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let paragraphs = [
            "Moskau drohte der Ukraine mit Vergeltung. 🇺🇦 Die EU unterstützt Kiew.",
            "Am 3. Okt. kam Dr. Müller nach Berlin. 𝄞 Peking schwieg.",
            "Ein Satz ohne Namen, aber mit Umlauten: Größe, Übermaß, Ärger.",
        ]
        let text = (0..<32_000).map { paragraphs[$0 % 3] + " (\($0))" }.joined(separator: "\n\n") + "\n"
        let file = dir.appendingPathComponent("gross.txt")
        try Data(text.utf8).write(to: file)
        #expect(text.utf8.count > 2 << 20)
        let chunked = try CLI.run(["annotate", "--input", "text", "--stages", "sentences", "--chunk-size", "1", file.path],
                                  timeout: 120)
        let whole = try CLI.run(["annotate", "--input", "text", "--stages", "sentences", file.path], timeout: 120)
        #expect(chunked.status == 0 && whole.status == 0, "\(chunked.err) \(whole.err)")
        let records = try chunked.lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 3)
        #expect(records.map { $0["chunk"] as? Int } == [0, 1, 2])
        #expect(records.map { $0["text"] as? String ?? "" }.joined() == text)
        let scalars = Array(text.unicodeScalars)
        var chunkTokens: [[Int]] = []
        for record in records {
            let offset = try #require(record["offset"] as? Int)
            let chunkText = try #require(record["text"] as? String)
            #expect(String(String.UnicodeScalarView(scalars[offset...].prefix(10))) == String(chunkText.unicodeScalars.prefix(10)))
            for token in try #require(record["tokens"] as? [[String: Any]]) {
                chunkTokens.append([try #require(token["start"] as? Int), try #require(token["end"] as? Int)])
            }
            // Each chunk ends at a paragraph break.
            #expect(chunkText.hasSuffix("\n"))
        }
        let wholeLine = try #require(whole.lines.first)
        let wholeRecord = try #require(try JSONSerialization.jsonObject(with: Data(wholeLine.utf8)) as? [String: Any])
        let wholeTokens = try #require(wholeRecord["tokens"] as? [[String: Any]]).map { [$0["start"] as? Int ?? -1, $0["end"] as? Int ?? -1] }
        #expect(chunkTokens == wholeTokens)
    }

    /// Regular files under `root`, relative and sorted (temporary files would show up here).
    static func files(under root: URL) throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        return walker.compactMap { $0 as? String }.filter {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }
}
