import LesartCore

/// The output formats Lesart writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One token per line, a blank line after each sentence (EmpiriST, score_tokens.py).
    case vertical
    /// One JSON object per document: text, sentences, tokens (DESIGN.md's output contract).
    case jsonl
    /// CoNLL-U as Universal Dependencies writes it: `# sent_id`, `# text`, SpaceAfter=No.
    case conllu

    /// The file name extension of output files in this format (without the dot).
    public var fileExtension: String {
        switch self {
        case .vertical: "vert"
        case .jsonl: "jsonl"
        case .conllu: "conllu"
        }
    }

    /// The writer for this format.
    public func writer(offsets: OffsetUnit = .scalar) -> any DocumentWriter {
        switch self {
        case .vertical: VerticalWriter()
        case .jsonl: JSONLWriter(offsets: offsets)
        case .conllu: CoNLLUWriter()
        }
    }
}
