import Foundation
import Lesart

/// Real news for the benchmarks: the DER STANDARD articles of `../shared/corpora/derstandard`
/// (one JSON line each, `{"id", "section", "text"}`, 2.7 KB of text on average), read at run
/// time from beside the repository, never copied into it. `LESART_NEWS_CORPUS` names another
/// JSON lines file. When there is none, the real-news benchmarks are skipped with a message.
enum NewsCorpus {
    /// The default place: `../shared/corpora/derstandard/10kgnad-test.jsonl` next to the repository.
    static let defaultPath = BenchmarkCorpus.benchmarksFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/derstandard/10kgnad-test.jsonl").path

    /// The JSON lines (without line ends), or nil (with a message on standard error) when the
    /// corpus is absent or unreadable.
    static func lines() -> [[UInt8]]? {
        let path = ProcessInfo.processInfo.environment["LESART_NEWS_CORPUS"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            BenchmarkCorpus.note("real-news benchmarks skipped: \(path) not found (set LESART_NEWS_CORPUS to a JSON lines file)")
            return nil
        }
        let bytes = [UInt8](data)
        if let bad = UTF8Validator.firstInvalidOffset(in: bytes) {
            BenchmarkCorpus.note("real-news benchmarks skipped: \(path): invalid UTF-8 at byte \(bad)")
            return nil
        }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { Array($0) }
        BenchmarkCorpus.note("real news: \(path), \(bytes.count) bytes, \(lines.count) JSON lines")
        return lines
    }

    /// The document of one JSON line, parsed as `lesart annotate` parses it (checked as UTF-8,
    /// strict JSON, the text decoded into the document's buffer); an empty document when the
    /// line is no record.
    @Sendable static func document(fromLine line: [UInt8]) -> Document {
        guard UTF8Validator.firstInvalidOffset(in: line) == nil,
              let members = try? JSONObjectParser.members(of: line) else { return Document(validatedUTF8: []) }
        let text = Array("text".utf8)
        let id = Array("id".utf8)
        var document = Document(validatedUTF8: [])
        if let member = members.last(where: { $0.kind == .string && line[$0.key].elementsEqual(text) }) {
            document = Document(validatedUTF8: JSONObjectParser.decodedString(line, in: member.value))
        }
        if let member = members.last(where: { $0.kind == .string && line[$0.key].elementsEqual(id) }) {
            document.id = JSONObjectParser.string(line, in: member.value)
        }
        return document
    }
}
