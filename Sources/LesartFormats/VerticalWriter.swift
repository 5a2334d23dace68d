import LesartCore

/// One token per line, a blank line after each sentence: the format EmpiriST and
/// `score_tokens.py` read. Failed documents are written as a `# error` comment line.
///
/// When entities were tagged, each line has three more tab-separated columns:
/// the entity tag (`B-LOC`, `I-ORG`, `O`), the actor the mention stands for (`_` outside
/// mentions), and on cue tokens the stance records they carry
/// (`threat:Russland→Ukraine`, with `:negated`, the modality when not asserted, and
/// `:mutual` appended; several records joined by `;`; `_` elsewhere).
public struct VerticalWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document, to out: inout OutputBuffer) {
        let annotated = document.entityCatalog != nil || !document.entities.isEmpty
        // Stances sorted by cue token (stable, so several records on one cue keep their
        // order); a cursor walks them, and one the entities, alongside the tokens.
        let stances = annotated
            ? document.stances.indices.sorted { (document.stances[$0].cueFirstToken, $0) < (document.stances[$1].cueFirstToken, $1) }
            : []
        var entities = EntityCursor(document.entities)
        var s = 0
        document.utf8.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                for sentence in document.sentences {
                    var cursor = out.cursor(room: Self.lineRoom)
                    for t in sentence.tokenRange {
                        let token = tokens[t]
                        let length = Int(token.end &- token.start)
                        if cursor.room < length &+ Self.lineRoom { out.commit(&cursor, reopeningWith: length &+ Self.lineRoom) }
                        if length <= 16, Int(token.start) &+ 16 <= text.count {
                            // Most tokens: one 16-byte copy (lineRoom leaves room for it).
                            cursor.write16(text.baseAddress! + Int(token.start), count: length)
                        } else {
                            cursor.write(text.baseAddress! + Int(token.start), count: length)
                        }
                        if annotated {
                            while s < stances.count, Int(document.stances[stances[s]].cueFirstToken) < t { s += 1 }
                            let entity = entities.entity(at: t)
                            let hasStance = s < stances.count && Int(document.stances[stances[s]].cueFirstToken) == t
                            if entity == nil, !hasStance {
                                cursor.write("\tO\t_\t_")
                            } else {
                                // Mentions and cues: actors and descriptions are strings, appended directly.
                                out.commit(cursor)
                                appendAnnotations(of: t, entity: entity, stances: stances, next: &s, in: document, to: &out)
                                cursor = out.cursor(room: Self.lineRoom)
                            }
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

    /// Room for a token line besides the token itself (the plain columns and line ends).
    private static let lineRoom = 16

    /// Appends the entity, actor and stance columns of token `t` (with their tabs), taking
    /// the stances on this cue from `stances` (sorted by cue) from index `next` on.
    private func appendAnnotations(of t: Int, entity: Entity?, stances: [Int], next s: inout Int,
                                   in document: Document, to out: inout OutputBuffer) {
        if let entity {
            out.append(t == entity.tokenRange.lowerBound ? "\tB-" : "\tI-")
            out.append(entity.label.fragment)
            out.append(byte: 0x09)
            let actor = document.actor(of: entity)
            if actor.isEmpty { out.append("_") } else { out.append(actor) }
            // A description or reference names its antecedent mention: "Türkei@3".
            if !entity.form.isName, entity.antecedent != Entity.noEntry, t == entity.tokenRange.lowerBound {
                out.append("@")
                out.append(int: Int(entity.antecedent))
            }
        } else {
            out.append("\tO\t_")
        }
        out.append(byte: 0x09)
        var first = true
        while s < stances.count, Int(document.stances[stances[s]].cueFirstToken) == t {
            if !first { out.append(byte: UInt8(ascii: ";")) }
            Self.appendDescription(of: document.stances[stances[s]], in: document, to: &out)
            first = false
            s += 1
        }
        if first { out.append("_") }
    }

    /// Appends "support:Russland→Iran:negated:reported".
    static func appendDescription(of stance: Stance, in document: Document, to out: inout OutputBuffer) {
        out.append(stance.label.name)
        out.append(":")
        out.append(document.actor(of: document.holder(of: stance)))
        out.append("→")
        out.append(document.actor(of: document.target(of: stance)))
        if stance.polarity == .negated { out.append(":negated") }
        if stance.modality != .asserted {
            out.append(":")
            out.append(stance.modality.name)
        }
        if stance.mutual { out.append(":mutual") }
    }

    public func writeError(id: String?, message: String, to out: inout OutputBuffer) {
        out.append("# error")
        if let id { out.append(" in \(id)") }
        out.append(": \(message.replacingOccurrences(of: "\n", with: " "))\n\n")
    }
}
