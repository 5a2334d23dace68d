import Foundation
import LesartFormats

/// Reads one line of Lesart JSONL into a ``LesartRecord``.
///
/// The line is scanned once by ``JSONObjectParser`` (strict, fast, top level only); only the
/// fields asked for are decoded: `entities` and `stances` with `JSONDecoder` from their byte
/// slices, the text and sentences when `decodesText` is set. The token list, usually most
/// of the line, is never decoded. Unknown fields are ignored.
public struct LesartRecordDecoder: Sendable {
    /// Whether to decode `text` and `sentences` (rendering needs them; aggregation does not).
    public var decodesText: Bool
    /// Top-level fields to keep as strings (a date field), by name.
    public var fieldNames: Set<String>

    public init(decodesText: Bool = true, fieldNames: Set<String> = []) {
        self.decodesText = decodesText
        self.fieldNames = fieldNames
    }

    /// Decodes one line (valid UTF-8 expected; the caller checks and reports otherwise).
    public func decode(_ line: [UInt8], fallbackID: String) throws(RecordDecodeError) -> LesartRecord {
        let members: [JSONMember]
        do {
            members = try JSONObjectParser.members(of: line)
        } catch {
            throw .notJSON(reason: error.reason, offset: error.offset)
        }
        var record = LesartRecord(id: fallbackID)
        var sawAny = false
        for member in members {
            let key = JSONObjectParser.string(line, in: member.key)
            switch key {
            case "id":
                if let id = scalarString(member, in: line) { record.id = id }
            case "text":
                sawAny = true
                if decodesText, member.kind == .string { record.text = JSONObjectParser.string(line, in: member.value) }
            case "error":
                sawAny = true
                record.error = scalarString(member, in: line) ?? "error"
            case "entities":
                sawAny = true
                record.entities = try decodeList([RecordEntity].self, member, in: line, name: key)
            case "stances":
                sawAny = true
                record.stances = try decodeList([RecordStance].self, member, in: line, name: key)
            case "sentences" where decodesText:
                record.sentences = try decodeList([SentenceSpan].self, member, in: line, name: key).map { $0.start..<$0.end }
            case "offset":
                if member.kind == .integer, let value = Int(JSONObjectParser.string(line, in: member.value)) {
                    record.offset = value
                }
            default:
                if fieldNames.contains(key), let value = scalarString(member, in: line) { record.fields[key] = value }
            }
        }
        guard sawAny else { throw .notALesartRecord }
        return record
    }

    /// A sentence span as JSONL writes it.
    private struct SentenceSpan: Decodable {
        var start: Int
        var end: Int
    }

    /// A string, or a number's literal, of a top-level member; nil for other kinds.
    private func scalarString(_ member: JSONMember, in line: [UInt8]) -> String? {
        switch member.kind {
        case .string: JSONObjectParser.string(line, in: member.value)
        case .integer, .fraction: String(decoding: line[member.value], as: UTF8.self)
        default: nil
        }
    }

    /// Decodes an array member with `JSONDecoder`; a non-array or a wrong element shape is
    /// an error naming the field.
    private func decodeList<T: Decodable>(_ type: [T].Type, _ member: JSONMember, in line: [UInt8],
                                          name: String) throws(RecordDecodeError) -> [T] {
        guard member.kind == .array else { throw .malformedField(name: name, reason: "not a list") }
        do {
            return try JSONDecoder().decode(type, from: Data(line[member.value]))
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformedField(name: name, reason: "item \(Self.index(context)) has no \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .malformedField(name: name, reason: "item \(Self.index(context)): wrong type at \(Self.path(context))")
        } catch let DecodingError.valueNotFound(_, context) {
            throw .malformedField(name: name, reason: "item \(Self.index(context)): null at \(Self.path(context))")
        } catch {
            throw .malformedField(name: name, reason: "\(error)")
        }
    }

    /// The 0-based item index a decoding error occurred in.
    private static func index(_ context: DecodingError.Context) -> String {
        context.codingPath.first?.intValue.map(String.init) ?? "?"
    }

    /// The key path of a decoding error inside the item (`cue.start`).
    private static func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.dropFirst().map { $0.intValue.map(String.init) ?? $0.stringValue }
        return keys.isEmpty ? "the item" : keys.joined(separator: ".")
    }
}
