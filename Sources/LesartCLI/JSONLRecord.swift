import Foundation
import Lesart

/// One input line of `--input jsonl`: `{"id": ..., "text": ...}` turned into a document,
/// or an error naming the line.
enum JSONLRecord {
    /// Parses `line` (number `number` of `source`). The id may be a string or a number;
    /// without an id the line number is used.
    static func document(from line: [UInt8], number: Int, source: String, lossy: Bool) -> (id: String?, result: Result<Document, InputError>) {
        let place = "\(source): line \(number)"
        let bytes: [UInt8]
        switch UTF8Check.checked(line, lossy: lossy, place: place, context: " of the line") {
        case .success(let checked):
            bytes = checked
        case .failure(let error):
            // The id is still worth reporting: read it from a repaired copy of the line.
            let repaired = UTF8Validator.repaired(line).bytes
            let object = try? JSONSerialization.jsonObject(with: Data(repaired), options: [.fragmentsAllowed])
            return (identifier((object as? [String: Any])?["id"]), .failure(error))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
              let record = object as? [String: Any] else {
            return (nil, .failure(InputError(file: place, message: "not a JSON object")))
        }
        let id = identifier(record["id"]) ?? String(number)
        guard let value = record["text"] else {
            return (id, .failure(InputError(file: place, message: "no \"text\" field")))
        }
        guard let text = value as? String else {
            return (id, .failure(InputError(file: place, message: "\"text\" is not a string")))
        }
        var document = Document(id: id, text: text)
        document.carriedFields = carriedFields(of: record)
        return (id, .success(document))
    }

    /// Output keys an input record cannot override.
    static let reservedKeys: Set<String> = ["id", "text", "sentences", "tokens", "entities", "stances", "error"]

    /// The record's other fields as JSON members in key order, to pass through to the output.
    private static func carriedFields(of record: [String: Any]) -> [UInt8] {
        var members: [UInt8] = []
        for key in record.keys.sorted() where !reservedKeys.contains(key) {
            guard let name = try? JSONSerialization.data(withJSONObject: key, options: [.fragmentsAllowed]),
                  let value = try? JSONSerialization.data(withJSONObject: record[key]!,
                                                          options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
            else { continue }
            if !members.isEmpty { members.append(UInt8(ascii: ",")) }
            members += name
            members.append(UInt8(ascii: ":"))
            members += value
        }
        return members
    }

    /// A JSON id (string or number) as a string.
    private static func identifier(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
