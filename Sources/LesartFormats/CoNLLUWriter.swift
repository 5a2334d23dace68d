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
        var entities = EntityCursor(document.entities)
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
                // B- on the first token of a mention, I- on the rest.
                if let entity = entities.entity(at: index) {
                    out.append(index == entity.tokenRange.lowerBound ? "NE=B-" : "NE=I-")
                    out.append(entity.label.name)
                    if !spaceAfter { out.append("|SpaceAfter=No") }
                } else {
                    out.append(spaceAfter ? "_" : "SpaceAfter=No")
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
