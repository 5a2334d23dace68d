import LesartCore

/// CoNLL-U as Universal Dependencies writes it: for each sentence `# sent_id` and
/// `# text`, then one line per token (ID, FORM, seven `_` columns, MISC with
/// `NE=B-LOC`/`NE=I-LOC` for entities and `SpaceAfter=No` where no whitespace follows).
/// A failed document is a `# error` comment.
public struct CoNLLUWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document, to out: inout OutputBuffer) {
        var prefix = document.id.map { Self.clean($0) } ?? "doc"
        if let chunk = document.chunk { prefix += "-c\(chunk.index + 1)" }
        // Entity tags per token: B- on the first token of a mention, I- on the rest.
        var tags = [String?](repeating: nil, count: document.entities.isEmpty ? 0 : document.tokens.count)
        for entity in document.entities {
            for t in entity.tokenRange {
                tags[t] = (t == entity.tokenRange.lowerBound ? "NE=B-" : "NE=I-") + entity.label.name
            }
        }
        for (k, sentence) in document.sentences.enumerated() {
            out.append("# sent_id = \(prefix)-\(k + 1)\n# text = ")
            out.append(Self.clean(document.text(of: sentence)))
            out.append(byte: 0x0A)
            var id = 1
            for (index, token) in zip(sentence.tokenRange, document.tokens(of: sentence)) {
                out.append(int: id)
                out.append(byte: 0x09)
                out.append(document.utf8[token.byteRange])
                // LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS are empty; MISC follows.
                out.append("\t_\t_\t_\t_\t_\t_\t_\t")
                let spaceAfter = token.flags.contains(.spaceAfter) || token.end == document.utf8.count
                let tag = tags.isEmpty ? nil : tags[index]
                switch (tag, spaceAfter) {
                case (nil, true): out.append("_")
                case (nil, false): out.append("SpaceAfter=No")
                case (let tag?, true): out.append(tag)
                case (let tag?, false): out.append(tag + "|SpaceAfter=No")
                }
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
