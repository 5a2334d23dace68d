import LesartCore

/// CoNLL-U as Universal Dependencies writes it: for each sentence `# sent_id` and
/// `# text`, then one line per token (ID, FORM, eight `_` columns, MISC with
/// `SpaceAfter=No` where no whitespace follows). A failed document is a `# error` comment.
public struct CoNLLUWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document, to out: inout OutputBuffer) {
        let prefix = document.id.map { Self.clean($0) } ?? "doc"
        for (k, sentence) in document.sentences.enumerated() {
            out.append("# sent_id = \(prefix)-\(k + 1)\n# text = ")
            out.append(Self.clean(document.text(of: sentence)))
            out.append(byte: 0x0A)
            var id = 1
            for token in document.tokens(of: sentence) {
                out.append(int: id)
                out.append(byte: 0x09)
                out.append(document.utf8[token.byteRange])
                // LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS are empty; MISC follows.
                out.append("\t_\t_\t_\t_\t_\t_\t_\t")
                out.append(token.flags.contains(.spaceAfter) || token.end == document.utf8.count ? "_" : "SpaceAfter=No")
                out.append(byte: 0x0A)
                id += 1
            }
            out.append(byte: 0x0A)
            out.flushIfFull()
        }
    }

    public func writeError(id: String?, message: String, to out: inout OutputBuffer) {
        out.append("# error")
        if let id { out.append(" in \(Self.clean(id))") }
        out.append(": \(Self.clean(message))\n\n")
    }

    /// Comment lines cannot hold line breaks or tabs.
    static func clean(_ s: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result
    }
}
