import Foundation

/// A parsed lexicon file: the data lines of a UTF-8, one-entry-per-line file.
///
/// Format shared by every file under Lexicons/: `#` at the start of a line, or after
/// whitespace, starts a comment; blank lines are ignored; fields are separated by TAB.
/// Errors name the file and line, and nothing loads half: a bad line fails the whole file.
public struct LexiconFile: Sendable {
    /// One data line: its 1-based line number and its fields.
    public struct Line: Sendable {
        public let number: Int
        public let fields: [String]
    }

    public let path: String
    public let lines: [Line]

    /// Whether a file exists at `path` (an optional lexicon file may be absent).
    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Reads and parses `path`. Each line must have between `minFields` and `maxFields` fields.
    public init(path: String, minFields: Int = 1, maxFields: Int = 1) throws(LexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LexiconError(file: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(path: path, contents: Array(data), minFields: minFields, maxFields: maxFields)
    }

    /// Parses file contents already in memory; `path` is used in error messages.
    public init(path: String, contents: [UInt8], minFields: Int = 1, maxFields: Int = 1) throws(LexiconError) {
        self.path = path
        if let bad = UTF8Validator.firstInvalidOffset(in: contents) {
            let line = 1 + contents[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw LexiconError(file: path, line: line, reason: "invalid UTF-8 at byte \(bad)")
        }
        var parsed: [Line] = []
        var number = 0
        // Bytes, not Characters: LF splits lines ("\r\n" would be one Character), and the
        // ASCII bytes that matter here (#, space, TAB, CR) never occur inside a multi-byte
        // scalar, so a byte scan finds exactly what a Character scan would.
        contents.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            while lineStart <= buffer.count {
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                number += 1
                var end = lineEnd
                if end > lineStart, buffer[end - 1] == 0x0D { end -= 1 }
                if let hash = Self.commentStart(in: buffer, lineStart..<end) { end = hash }
                while end > lineStart, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
                if end == lineStart { continue }
                var fields: [String] = []
                var fieldStart = lineStart
                for k in lineStart...end where k == end || buffer[k] == 0x09 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<k]), as: UTF8.self))
                    fieldStart = k + 1
                }
                parsed.append(Line(number: number, fields: fields))
            }
        }
        for line in parsed {
            let fields = line.fields
            if fields.count < minFields || fields.count > maxFields {
                let expected = minFields == maxFields ? "\(minFields)" : "\(minFields)–\(maxFields)"
                throw LexiconError(file: path, line: line.number,
                                   reason: "expected \(expected) TAB-separated field(s), found \(fields.count)")
            }
            if let empty = fields.firstIndex(where: { $0.isEmpty || $0.utf8.first == 0x20 || $0.utf8.last == 0x20 }) {
                throw LexiconError(file: path, line: line.number,
                                   reason: "field \(empty + 1) is empty or has surrounding spaces")
            }
        }
        self.lines = parsed
    }

    /// The first field of every line, as bytes (a one-word-per-line list).
    public var words: [[UInt8]] { lines.map { Array($0.fields[0].utf8) } }

    /// A `#` at the start of the line or preceded by a space or TAB starts a comment.
    private static func commentStart(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        for k in range where buffer[k] == UInt8(ascii: "#") {
            if k == range.lowerBound || buffer[k - 1] == 0x20 || buffer[k - 1] == 0x09 { return k }
        }
        return nil
    }
}
