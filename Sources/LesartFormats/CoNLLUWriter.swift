import LesartCore

/// CoNLL-U as Universal Dependencies writes it: for each sentence `# sent_id` and
/// `# text`, then one line per token (ID, FORM, seven `_` columns, MISC with
/// `NE=B-LOC`/`NE=I-LOC` for entities and `SpaceAfter=No` where no whitespace follows).
/// A failed document is a `# error` comment.
public struct CoNLLUWriter: DocumentWriter {
    public init() {}

    /// Room for a token line besides its form: ID, the empty columns and the longest MISC.
    private static let tokenLineRoom = 160

    public func write(_ document: Document, to out: inout OutputBuffer) {
        var prefix = document.id.map { Self.clean($0) } ?? "doc"
        if let chunk = document.chunk { prefix += "-c\(chunk.index + 1)" }
        var entities = EntityCursor(document.entities)
        let textEnd = document.utf8.count
        document.utf8.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                for (k, sentence) in document.sentences.enumerated() {
                    out.append("# sent_id = ")
                    out.append(prefix)
                    out.append(byte: UInt8(ascii: "-"))
                    out.append(int: k + 1)
                    out.append("\n# text = ")
                    let range = document.byteRange(of: sentence)
                    if !range.isEmpty { Self.appendCleaned(UnsafeBufferPointer(rebasing: text[range]), to: &out) }
                    out.append(byte: 0x0A)
                    var cursor = out.cursor(room: Self.tokenLineRoom)
                    for index in sentence.tokenRange {
                        let token = tokens[index]
                        let length = Int(token.end &- token.start)
                        if cursor.room < length &+ Self.tokenLineRoom {
                            out.commit(&cursor, reopeningWith: length &+ Self.tokenLineRoom)
                        }
                        cursor.write(decimal: index &- sentence.tokenRange.lowerBound &+ 1)
                        cursor.write(byte: 0x09)
                        cursor.write(text.baseAddress! + Int(token.start), count: length)
                        // LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS are empty; MISC follows.
                        cursor.write("\t_\t_\t_\t_\t_\t_\t_\t")
                        let spaceAfter = token.flags.contains(.spaceAfter) || Int(token.end) == textEnd
                        // B- on the first token of a mention, I- on the rest.
                        if let entity = entities.entity(at: index) {
                            cursor.write(index == entity.tokenRange.lowerBound ? "NE=B-" : "NE=I-")
                            cursor.write(entity.label.fragment)
                            if index == entity.tokenRange.lowerBound, !entity.form.isName {
                                Self.writeReference(entity, in: document, to: &cursor)
                            }
                            if !spaceAfter { cursor.write("|SpaceAfter=No") }
                        } else if spaceAfter {
                            cursor.write(byte: UInt8(ascii: "_"))
                        } else {
                            cursor.write("SpaceAfter=No")
                        }
                        cursor.write(byte: 0x0A)
                    }
                    cursor.write(byte: 0x0A)
                    out.commit(cursor)
                    out.flushIfFull()
                }
            }
        }
    }

    /// `|NEForm=reference|Antecedent=3-5` for a description or reference: its form and the
    /// first token of its antecedent mention as sentence number and token ID.
    static func writeReference(_ entity: Entity, in document: Document, to cursor: inout ByteCursor) {
        cursor.write(entity.form == .reference ? "|NEForm=reference" : "|NEForm=description")
        guard entity.antecedent != Entity.noEntry, Int(entity.antecedent) < document.entities.count else { return }
        let first = Int(document.entities[Int(entity.antecedent)].firstToken)
        var low = 0
        var high = document.sentences.count
        while low < high {
            let middle = (low + high) / 2
            if Int(document.sentences[middle].endToken) <= first { low = middle + 1 } else { high = middle }
        }
        guard low < document.sentences.count else { return }
        cursor.write("|Antecedent=")
        cursor.write(decimal: low + 1)
        cursor.write(byte: UInt8(ascii: "-"))
        cursor.write(decimal: first - Int(document.sentences[low].firstToken) + 1)
    }

    public func writeError(id: String?, message: String, to out: inout OutputBuffer) {
        out.append("# error")
        if let id { out.append(" in \(Self.clean(id))") }
        out.append(": \(Self.clean(message))\n\n")
    }

    /// Comment lines cannot hold line breaks or tabs: every run of whitespace becomes one space.
    static func clean(_ s: String) -> String {
        guard !s.isEmpty else { return s }
        let bytes = Array(s.utf8)
        let cleaned = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = bytes.withUnsafeBufferPointer { clean($0, into: buffer.baseAddress!) }
        }
        return String(decoding: cleaned, as: UTF8.self)
    }

    /// Appends `text` (valid UTF-8) with every run of whitespace replaced by one space.
    static func appendCleaned(_ text: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        var cursor = out.cursor(room: text.count)
        cursor.position += clean(text, into: cursor.position)
        out.commit(cursor)
    }

    /// Writes `text` (valid UTF-8) to `destination` with every run of Unicode whitespace
    /// (White_Space: tab to CR, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000) replaced by one space; returns the bytes written,
    /// never more than `text.count`.
    static func clean(_ text: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard let bytes = text.baseAddress else { return 0 }
        let n = text.count
        var written = 0
        var i = 0
        var lastWasSpace = false
        while i < n {
            let width = whitespaceWidth(bytes, at: i, count: n)
            if width == 0 {
                destination[written] = bytes[i]
                written &+= 1
                lastWasSpace = false
                i &+= 1
            } else {
                if !lastWasSpace {
                    destination[written] = UInt8(ascii: " ")
                    written &+= 1
                }
                lastWasSpace = true
                i &+= width
            }
        }
        return written
    }

    /// The byte length of the whitespace scalar at `i`, or 0 when it is not whitespace.
    @inline(__always)
    private static func whitespaceWidth(_ bytes: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        switch b {
        case 0xC2:
            return i &+ 1 < n && (bytes[i &+ 1] == 0x85 || bytes[i &+ 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return i &+ 2 < n && bytes[i &+ 1] == 0x9A && bytes[i &+ 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i &+ 2 < n else { return 0 }
            let second = bytes[i &+ 1], third = bytes[i &+ 2]
            if second == 0x80 {
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return i &+ 2 < n && bytes[i &+ 1] == 0x80 && bytes[i &+ 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
