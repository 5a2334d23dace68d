import Foundation
import Testing
import TestSupport

/// `lesart tokenize --jobs N` runs the same streaming loop as `annotate`: many files on
/// several threads give the bytes of one thread, in input order, error records in place.
@Suite("lesart tokenize: --jobs")
struct TokenizeJobsTests {
    @Test("--jobs 1, 2 and 3 give byte-identical output with errors in place", arguments: ["vertical", "jsonl", "conllu"])
    func jobsDoNotChangeOutput(format: String) throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentences = ["Am 3. Okt. kam Dr. Müller nach Berlin.", "Die EU-Kommission tagt z. B. in Brüssel.",
                         "Er sagte: „Wir kommen wieder.“ Dann ging er.", "Preise stiegen um 3,5 % auf 1.000,50 €."]
        var paths: [String] = []
        for index in 0..<60 {
            let url = dir.appendingPathComponent("doc-\(index).txt")
            if index % 17 == 5 {
                try Data(Array("Kaputt ".utf8) + [0xFF]).write(to: url)  // invalid UTF-8
            } else {
                // Lengths vary so that short documents overtake long ones on other threads.
                let text = (0...(index % 7) * 20).map { sentences[($0 + index) % sentences.count] }.joined(separator: " ")
                try Data(text.utf8).write(to: url)
            }
            paths.append(url.path)
        }
        paths.insert(dir.appendingPathComponent("missing.txt").path, at: 30)
        var outputs: [Data] = []
        for jobs in ["1", "2", "3"] {
            let result = try CLI.run(["tokenize", "--jobs", jobs, "--format", format] + paths, timeout: 120)
            #expect(result.status == 1, "\(result.err)")
            #expect(result.err.contains("missing.txt: cannot read"))
            outputs.append(result.stdout)
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        if format == "jsonl" {
            let lines = String(decoding: outputs[0], as: UTF8.self).split(separator: "\n")
            #expect(lines.count == 61)
            #expect(lines[30].contains("missing.txt") && lines[30].contains("\"error\""))
            #expect(lines[5].contains("doc-5.txt") && lines[5].contains("invalid UTF-8"))
        }
    }

    @Test("--jobs 0 is a usage error")
    func jobsZero() throws {
        let result = try CLI.run(["tokenize", "--jobs", "0"], stdin: Data("Hallo.".utf8))
        #expect(result.status == 2, "\(result.status) \(result.err)")
        #expect(result.err.contains("--jobs"))
    }
}
