import Foundation
import Lesart
import LesartReports

/// The documents `lesart render` draws, one record at a time: JSONL lines decoded (plain
/// `{"id", "text"}` lines annotated first), text files annotated. Bad lines and unreadable
/// files become error records shown on the page, and are reported on standard error.
struct RenderInput {
    let annotator: LazyAnnotator
    /// Inputs that failed (error records, unreadable lines or files).
    private(set) var failures = 0
    /// Standard input read whole when it was sniffed, to be read from memory.
    let standardInput: [UInt8]?

    init(annotator: LazyAnnotator, standardInput: [UInt8]?) {
        self.annotator = annotator
        self.standardInput = standardInput
    }

    /// Passes every record of `source` to `body`, in order.
    mutating func read(_ source: InputSource, _ body: (LesartRecord) throws -> Void) throws {
        if let error = source.failure {
            try body(failed(id: source.relativePath, error))
            return
        }
        switch source.format {
        case .text: try body(textRecord(source))
        case .jsonl: try jsonlRecords(source, body)
        }
    }

    /// Whether `bytes` (standard input) hold JSON lines: the first non-blank byte is `{`.
    static func sniff(_ bytes: [UInt8]) -> InputFormat {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") ? .jsonl : .text
    }

    private mutating func textRecord(_ source: InputSource) throws -> LesartRecord {
        let bytes: [UInt8]
        if source.path == "-" {
            bytes = standardInput ?? [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: source.path) else {
                return failed(id: source.relativePath, InputError(file: source.path, message: "cannot read"))
            }
            bytes = [UInt8](data)
        }
        switch UTF8Check.checked(bytes, lossy: false, place: source.relativePath) {
        case .success(let valid):
            return try annotator.record(id: source.relativePath, text: String(decoding: valid, as: UTF8.self))
        case .failure(let error):
            return failed(id: source.relativePath, error)
        }
    }

    private mutating func jsonlRecords(_ source: InputSource, _ body: (LesartRecord) throws -> Void) throws {
        var thrown: (any Error)?
        if source.path == "-", let bytes = standardInput {
            var number = 0
            for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                number += 1
                var line = Array(raw)
                if line.last == 0x0D { line.removeLast() }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                try body(record(from: JSONLLines.Line(bytes: line, source: "stdin", number: number)))
            }
            return
        }
        var failed: [InputError] = []
        var copy = self
        JSONLLines.forEach(in: [source], failure: { failed.append($0) }) { line in
            guard thrown == nil else { return }
            do { try body(copy.record(from: line)) } catch { thrown = error }
        }
        self = copy
        if let thrown { throw thrown }
        for error in failed { try body(self.failed(id: source.relativePath, error)) }
    }

    /// One line's record: decoded, annotated when it is plain text, or an error record.
    private mutating func record(from line: JSONLLines.Line) -> LesartRecord {
        let fallback = String(line.number)
        switch UTF8Check.checked(line.bytes, lossy: false, place: line.place, context: " of the line") {
        case .failure(let error): return failed(id: fallback, error)
        case .success(let bytes):
            do {
                var record = try LesartRecordDecoder().decode(bytes, fallbackID: fallback)
                if !record.isAnnotated, record.error == nil, let text = record.text {
                    record = try annotator.record(id: record.id, text: text)
                }
                if let error = record.error {
                    failures += 1
                    StandardError.write("lesart: \(line.place): error record \(record.id): \(error)\n")
                }
                return record
            } catch let error as RecordDecodeError {
                return failed(id: fallback, InputError(file: line.place, message: error.description))
            } catch {
                return failed(id: fallback, InputError(file: line.place, message: "\(error)"))
            }
        }
    }

    /// An error record for the page, reported on standard error.
    private mutating func failed(id: String, _ error: InputError) -> LesartRecord {
        failures += 1
        StandardError.write("lesart: \(error)\n")
        return LesartRecord(id: id, error: error.description)
    }
}
