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
            throw LexiconError(file: path, line: 0, reason: "invalid UTF-8 at byte \(bad)")
        }
        var parsed: [Line] = []
        var number = 0
        // Split on LF bytes: as a String, "\r\n" is one Character and would not split.
        for rawLine in contents.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var bytes = rawLine
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            let decoded = String(decoding: bytes, as: UTF8.self)
            var line = Substring(decoded)
            if let hash = Self.commentStart(in: line) { line = line[..<hash] }
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count < minFields || fields.count > maxFields {
                let expected = minFields == maxFields ? "\(minFields)" : "\(minFields)–\(maxFields)"
                throw LexiconError(file: path, line: number,
                                   reason: "expected \(expected) TAB-separated field(s), found \(fields.count)")
            }
            if let empty = fields.firstIndex(where: { $0.isEmpty || $0.hasPrefix(" ") || $0.hasSuffix(" ") }) {
                throw LexiconError(file: path, line: number,
                                   reason: "field \(empty + 1) is empty or has surrounding spaces")
            }
            parsed.append(Line(number: number, fields: fields))
        }
        self.lines = parsed
    }

    /// A `#` at the start of the line or preceded by whitespace starts a comment.
    private static func commentStart(in line: Substring) -> Substring.Index? {
        var previous: Character? = nil
        for index in line.indices {
            let c = line[index]
            if c == "#", previous == nil || previous == " " || previous == "\t" { return index }
            previous = c
        }
        return nil
    }
}
