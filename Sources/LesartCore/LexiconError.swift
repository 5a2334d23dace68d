/// A lexicon file that cannot be used: names the file, the line (1-based, 0 when the
/// whole file is concerned) and the reason.
public struct LexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
