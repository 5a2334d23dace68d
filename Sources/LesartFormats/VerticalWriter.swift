import LesartCore

/// One token per line, a blank line after each sentence: the format EmpiriST and
/// `score_tokens.py` read. Failed documents are written as a `# error` comment line.
public struct VerticalWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document, to out: inout OutputBuffer) {
        for sentence in document.sentences {
            for token in document.tokens(of: sentence) {
                out.append(document.utf8[token.byteRange])
                out.append(byte: 0x0A)
            }
            out.append(byte: 0x0A)
            out.flushIfFull()
        }
    }

    public func writeError(id: String?, message: String, to out: inout OutputBuffer) {
        out.append("# error")
        if let id { out.append(" in \(id)") }
        out.append(": \(message.replacingOccurrences(of: "\n", with: " "))\n\n")
    }
}
