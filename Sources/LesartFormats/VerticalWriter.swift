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
        var tags: [String] = []
        var actors: [String] = []
        var cues: [String] = []
        if annotated {
            tags = [String](repeating: "O", count: document.tokens.count)
            actors = [String](repeating: "_", count: document.tokens.count)
            cues = [String](repeating: "", count: document.tokens.count)
            for entity in document.entities {
                let actor = document.actor(of: entity)
                for t in entity.tokenRange where t < tags.count {
                    tags[t] = (t == entity.tokenRange.lowerBound ? "B-" : "I-") + entity.label.name
                    actors[t] = actor.isEmpty ? "_" : actor
                }
            }
            for stance in document.stances where Int(stance.cueFirstToken) < cues.count {
                let t = Int(stance.cueFirstToken)
                cues[t] += (cues[t].isEmpty ? "" : ";") + Self.describe(stance, in: document)
            }
        }
        for sentence in document.sentences {
            for t in sentence.tokenRange {
                out.append(document.utf8[document.tokens[t].byteRange])
                if annotated {
                    out.append("\t\(tags[t])\t\(actors[t])\t\(cues[t].isEmpty ? "_" : cues[t])")
                }
                out.append(byte: 0x0A)
            }
            out.append(byte: 0x0A)
            out.flushIfFull()
        }
    }

    /// "support:Russland→Iran:negated:reported".
    static func describe(_ stance: Stance, in document: Document) -> String {
        func actor(_ index: UInt32) -> String {
            Int(index) < document.entities.count ? document.actor(of: document.entities[Int(index)]) : "?"
        }
        var text = "\(stance.label.name):\(actor(stance.holder))→\(actor(stance.target))"
        if stance.polarity == .negated { text += ":negated" }
        if stance.modality != .asserted { text += ":\(stance.modality.name)" }
        if stance.mutual { text += ":mutual" }
        return text
    }

    public func writeError(id: String?, message: String, to out: inout OutputBuffer) {
        out.append("# error")
        if let id { out.append(" in \(id)") }
        out.append(": \(message.replacingOccurrences(of: "\n", with: " "))\n\n")
    }
}
