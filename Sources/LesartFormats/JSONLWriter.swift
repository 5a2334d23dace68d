import LesartCore

/// One JSON object per line and document, as DESIGN.md's output contract:
/// `{"id", "text", "sentences": [{"start","end"}], "tokens": [{"start","end","kind"}],
/// "entities": [{"start","end","text","label","canonical","actor","form","id"}]}`
/// (entities when a tagger ran),
/// offsets in the chosen unit (Unicode scalars by default, so Python slices `text[s:e]`).
/// A chunk of a larger file (``Document/chunk``) adds `"chunk"` and `"offset"` (of its text in
/// the file), and all its offsets are relative to the file: `text[start - offset ..< end - offset]`.
/// Other fields of an input record (``Document/carriedFields``) follow "text" unchanged.
/// A failed document is `{"id": ..., "error": "..."}`.
public struct JSONLWriter: DocumentWriter {
    public let offsets: OffsetUnit

    public init(offsets: OffsetUnit = .scalar) { self.offsets = offsets }

    public func write(_ document: Document, to out: inout OutputBuffer) {
        out.append("{\"id\":")
        appendIdentifier(document.id, isJSON: document.idIsJSON, to: &out)
        let base = document.chunk?.offset(in: offsets) ?? 0
        if let chunk = document.chunk {
            out.append(",\"chunk\":")
            out.append(int: chunk.index)
            out.append(",\"offset\":")
            out.append(int: base)
        }
        out.append(",\"text\":")
        out.appendJSONString(document.utf8)
        if !document.carriedFields.isEmpty {
            out.append(byte: UInt8(ascii: ","))
            out.append(document.carriedFields[...])
        }
        out.flushIfFull()
        let converter = OffsetConverter(utf8: document.utf8, unit: offsets, base: base)
        // Every offset has at most the digits of the text's end.
        let digits = DecimalDigits.count(of: converter.convert(document.utf8.count))
        out.append(",\"sentences\":[")
        writeSentences(of: document, converter: converter, digits: digits, to: &out)
        out.append("],\"tokens\":[")
        writeTokens(document.tokens, converter: converter, digits: digits, to: &out)
        out.append("]")
        if document.entityCatalog != nil || !document.entities.isEmpty {
            writeEntities(of: document, converter: converter, to: &out)
        }
        if document.stanceCatalog != nil || !document.stances.isEmpty {
            writeStances(of: document, converter: converter, to: &out)
        }
        out.append("}\n")
    }

    /// The most bytes a sentence record `,{"start":…,"end":…}` takes with offsets of at
    /// most `digits` digits.
    private static func sentenceRecordRoom(digits: Int) -> Int { 18 &+ 2 &* digits }

    /// The most bytes a token record `{"start":…,"end":…,"kind":"…"},` reaches with offsets
    /// of at most `digits` digits: the kind fragment's slot is stored whole.
    private static func tokenRecordRoom(digits: Int) -> Int { 16 &+ 2 &* digits &+ TokenKindFragments.slotSize }

    /// Appends `{"start":…,"end":…}` per sentence, comma-separated, rendered in place in
    /// blocks of the records that surely fit.
    private func writeSentences(of document: Document, converter: OffsetConverter, digits: Int, to out: inout OutputBuffer) {
        let sentences = document.sentences
        out.renderBlocks(count: sentences.count, recordRoom: Self.sentenceRecordRoom(digits: digits)) { cursor, block in
            for k in block {
                if k > 0 { cursor.write(byte: UInt8(ascii: ",")) }
                let range = document.byteRange(of: sentences[k])
                cursor.write("{\"start\":")
                cursor.write(decimal: converter.convert(range.lowerBound))
                cursor.write(",\"end\":")
                cursor.write(decimal: converter.convert(range.upperBound))
                cursor.write(byte: UInt8(ascii: "}"))
            }
        }
    }

    /// Appends `{"start":…,"end":…,"kind":"…"}` per token, comma-separated, rendered in
    /// place in the output's free capacity: no per-token allocation or String, no copy. The
    /// fixed parts are stored as whole words (a record reserves room beyond its last byte).
    /// Each block takes the records it surely has room for without a check per record, and
    /// each record ends in the comma before the next (the kind fragment's), taken back after
    /// the last.
    private func writeTokens(_ tokens: [Token], converter: OffsetConverter, digits: Int, to out: inout OutputBuffer) {
        let fragments = TokenKindFragments.shared
        let recordRoom = Self.tokenRecordRoom(digits: digits)
        // The converter's arrays pinned once: each token converts two offsets.
        converter.withPinned { converter in
            fragments.slots.withUnsafeBufferPointer { slots in
                fragments.lengths.withUnsafeBufferPointer { lengths in
                    tokens.withUnsafeBufferPointer { tokens in
                        out.renderBlocks(count: tokens.count, recordRoom: recordRoom) { cursor, block in
                            Self.writeTokenRecords(tokens.baseAddress! + block.lowerBound, count: block.count, converter: converter,
                                                   slots: slots.baseAddress!, lengths: lengths.baseAddress!, to: &cursor)
                            // The last record's comma (written in this block).
                            if block.upperBound == tokens.count { cursor.position -= 1 }
                        }
                    }
                }
            }
        }
    }

    /// Writes the records of the `count` tokens at `tokens` (the cursor has room for them),
    /// each with the comma before the next. A function of its own, not inlined into the
    /// nested closures of ``writeTokens(_:converter:digits:to:)``: there the loop's state
    /// lived in memory, here in registers. The offset unit is tested once per block
    /// (``PinnedOffsetConverter/withUnitTested(_:)``), not at each of the two conversions of
    /// every token.
    @inline(never)
    private static func writeTokenRecords(_ tokens: UnsafePointer<Token>, count: Int, converter: PinnedOffsetConverter,
                                          slots: UnsafePointer<UInt8>, lengths: UnsafePointer<Int>,
                                          to target: inout ByteCursor) {
        converter.withUnitTested { convert in
            writeTokenRecords(tokens, count: count, slots: slots, lengths: lengths, to: &target, convert: convert)
        }
    }

    /// ``writeTokenRecords(_:count:converter:slots:lengths:to:)`` with the conversion of a
    /// byte offset given: inlined for each unit. The keys are stored as whole
    /// vectors (a record reserves room beyond its last byte).
    @inline(__always)
    private static func writeTokenRecords(_ tokens: UnsafePointer<Token>, count: Int, slots: UnsafePointer<UInt8>,
                                          lengths: UnsafePointer<Int>, to target: inout ByteCursor,
                                          convert: (Int) -> Int) {
        let startKey = ByteCursor.vector("{\"start\":")
        let endKey = ByteCursor.vector(",\"end\":")
        var cursor = target
        for token in UnsafeBufferPointer(start: tokens, count: count) {
            cursor.write(vector: startKey, count: 9)
            cursor.write(decimal: convert(Int(token.start)))
            cursor.write(vector: endKey, count: 7)
            cursor.write(decimal: convert(Int(token.end)))
            // Copy the whole slot (room is reserved), keep the fragment's length.
            let kind = Int(token.kind.rawValue)
            cursor.write(slot: slots + kind &* TokenKindFragments.slotSize)
            cursor.position += lengths[kind] &- TokenKindFragments.slotSize
        }
        target = cursor
    }

    /// Appends the entity records, rendered in place like the tokens: each checks the room
    /// for its longest form, no per-field appends.
    private func writeEntities(of document: Document, converter: OffsetConverter, to out: inout OutputBuffer) {
        out.append(",\"entities\":[")
        document.utf8.withUnsafeBufferPointer { text in
            let entities = document.entities
            var k = 0
            // The room the next record needs when the last block ran out of it.
            var room = Self.maximumEntityFixedBytes
            while k < entities.count {
                out.render(room: room) { cursor in
                    while k < entities.count {
                        let entity = entities[k]
                        let range = document.byteRange(of: entity)
                        let form = entity.form.fragment
                        let fixedRoom = Self.maximumEntityFixedBytes + form.utf8CodeUnitCount + ByteCursor.jsonStringRoom(range.count)
                        // A catalog entry's names come quoted from the catalog when none needs an escape;
                        // a mention without an entry is named by a mention's bytes (its canonical name and
                        // actor, no id); other names are escaped here.
                        let quoted = entity.entry != Entity.noEntry ? document.entityCatalog?.quotedNames(of: entity.entry) : nil
                        let nameRange = quoted == nil ? document.nameRange(of: entity) : nil
                        let names = quoted == nil && nameRange == nil
                            ? (canonical: document.canonicalName(of: entity), actor: document.actor(of: entity),
                               identifier: document.identifier(of: entity))
                            : nil
                        room = fixedRoom + (quoted?.bytes.count ?? nameRange.map { 2 &* ByteCursor.jsonStringRoom($0.count) }
                            ?? names.map {
                                ByteCursor.jsonStringRoom($0.canonical.utf8.count) + ByteCursor.jsonStringRoom($0.actor.utf8.count)
                                    + ByteCursor.jsonStringRoom($0.identifier?.utf8.count ?? 0)
                            } ?? 0)
                        if cursor.room < room { break }
                        if k > 0 { cursor.write(byte: UInt8(ascii: ",")) }
                        writeSpanAndLabel(of: entity, range: range, text: text, converter: converter, to: &cursor)
                        if let quoted {
                            quoted.bytes.withUnsafeBufferPointer { names in
                                let actorStart = quoted.canonicalCount
                                let identifierStart = actorStart + quoted.actorCount
                                cursor.write("\",\"canonical\":")
                                cursor.write(names.baseAddress!, count: actorStart)
                                cursor.write(",\"actor\":")
                                cursor.write(names.baseAddress! + actorStart, count: quoted.actorCount)
                                cursor.write(",\"form\":\"")
                                cursor.write(form)
                                cursor.write("\",\"id\":")
                                cursor.write(names.baseAddress! + identifierStart, count: names.count - identifierStart)
                            }
                        } else if let nameRange {
                            let name = UnsafeBufferPointer(rebasing: text[nameRange])
                            cursor.write("\",\"canonical\":")
                            cursor.write(jsonString: name)
                            cursor.write(",\"actor\":")
                            cursor.write(jsonString: name)
                            cursor.write(",\"form\":\"")
                            cursor.write(form)
                            cursor.write("\",\"id\":null")
                        } else if let names {
                            cursor.write("\",\"canonical\":")
                            cursor.write(jsonString: names.canonical)
                            cursor.write(",\"actor\":")
                            cursor.write(jsonString: names.actor)
                            cursor.write(",\"form\":\"")
                            cursor.write(form)
                            cursor.write("\",\"id\":")
                            if let identifier = names.identifier { cursor.write(jsonString: identifier) } else { cursor.write("null") }
                        }
                        cursor.write(document.isActor(entity) ? ",\"is_actor\":true" : ",\"is_actor\":false")
                        if entity.antecedent != Entity.noEntry {
                            cursor.write(",\"antecedent\":")
                            cursor.write(decimal: Int(entity.antecedent))
                        }
                        cursor.write(byte: UInt8(ascii: "}"))
                        k &+= 1
                    }
                }
                out.flushIfFull()
            }
        }
        out.append("]")
    }

    /// Writes an entity record's `{"start":…,"end":…,"text":…,"label":"…` (the label's string open).
    @inline(__always)
    private func writeSpanAndLabel(of entity: Entity, range: Range<Int>, text: UnsafeBufferPointer<UInt8>,
                                   converter: OffsetConverter, to cursor: inout ByteCursor) {
        cursor.write("{\"start\":")
        cursor.write(decimal: converter.convert(range.lowerBound))
        cursor.write(",\"end\":")
        cursor.write(decimal: converter.convert(range.upperBound))
        cursor.write(",\"text\":")
        cursor.write(jsonString: UnsafeBufferPointer(rebasing: text[range]))
        cursor.write(",\"label\":\"")
        cursor.write(entity.label.fragment)
    }

    /// The fixed part of the longest entity record: keys, punctuation, two offsets, the
    /// label, `"is_actor":false` and an antecedent index (each number at most 20 bytes).
    private static let maximumEntityFixedBytes = 224  // 173 counted: 114 bytes of keys and punctuation, three numbers of up to 19 digits

    private func writeStances(of document: Document, converter: OffsetConverter, to out: inout OutputBuffer) {
        out.append(",\"stances\":[")
        for (k, stance) in document.stances.enumerated() {
            if k > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.append("{\"sentence\":")
            out.append(int: Int(stance.sentence))
            out.append(",\"label\":\"")
            out.append(stance.label.name)
            out.append("\",\"holder\":")
            appendActor(stance.holder, of: document, to: &out)
            out.append(",\"target\":")
            appendActor(stance.target, of: document, to: &out)
            out.append(",\"cue\":")
            let cueRange = document.cueByteRange(of: stance)
            appendSpan(cueRange, converter: converter, to: &out)
            out.append(",\"text\":")
            out.appendJSONString(document.utf8[cueRange])
            out.append(",\"lemma\":")
            out.appendJSONString(document.cueLemma(of: stance))
            out.append("},\"polarity\":\"")
            out.append(stance.polarity.name)
            out.append("\",\"modality\":\"")
            out.append(stance.modality.name)
            out.append("\",\"rule\":")
            out.appendJSONString(document.stanceCatalog?.ruleName(of: stance.rule) ?? "")
            out.append(",\"confidence\":")
            out.append(int: Int(stance.confidence * 100))
            out.append("e-2")
            if stance.holderResolved { out.append(",\"holder_resolved\":true") }
            if stance.mutual { out.append(",\"mutual\":true") }
            out.append("}")
            out.flushIfFull()
        }
        out.append("]")
    }

    /// Appends `{"entity": i, "actor": "…"}` for entity `index`.
    private func appendActor(_ index: UInt32, of document: Document, to out: inout OutputBuffer) {
        out.append("{\"entity\":")
        out.append(int: Int(index))
        out.append(",\"actor\":")
        out.appendJSONString(document.actor(of: document.entities[Int(index)]))
        out.append("}")
    }

    /// Appends `{"start":…,"end":…` (the object stays open) in the chosen offset unit.
    private func appendSpan(_ range: Range<Int>, converter: OffsetConverter, to out: inout OutputBuffer) {
        out.append("{\"start\":")
        out.append(int: converter.convert(range.lowerBound))
        out.append(",\"end\":")
        out.append(int: converter.convert(range.upperBound))
    }

    public func writeError(id: String?, message: String, to out: inout OutputBuffer) {
        writeError(id: id, idIsJSON: false, message: message, to: &out)
    }

    public func writeError(id: String?, idIsJSON: Bool, message: String, to out: inout OutputBuffer) {
        out.append("{\"id\":")
        appendIdentifier(id, isJSON: idIsJSON, to: &out)
        out.append(",\"error\":")
        out.appendJSONString(message)
        out.append("}\n")
    }

    /// Writes a record's id: a string, JSON text as it is (``Document/idIsJSON``), or null.
    private func appendIdentifier(_ id: String?, isJSON: Bool, to out: inout OutputBuffer) {
        guard let id else { return out.append("null") }
        if isJSON { out.append(id) } else { out.appendJSONString(id) }
    }
}
