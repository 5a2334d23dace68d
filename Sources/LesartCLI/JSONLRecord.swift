import Foundation
import Lesart

/// One input line of `--input jsonl`: `{"id": ..., "text": ...}` turned into a document,
/// or an error naming the line.
enum JSONLRecord {
    /// Parses `line` (number `number` of `source`). The id may be a string or a number;
    /// without an id the line number is used.
    static func document(from line: [UInt8], number: Int, source: String, lossy: Bool) -> (id: String?, result: Result<Document, InputError>) {
        let place = "\(source): line \(number)"
        var bytes = line
        if let bad = UTF8Validator.firstInvalidOffset(in: bytes) {
            guard lossy else {
                return (nil, .failure(InputError(file: place, message: "invalid UTF-8 at byte offset \(bad) of the line")))
            }
            bytes = UTF8Validator.repaired(bytes).bytes
            FileHandle.standardError.write(Data("lesart: warning: \(place): invalid UTF-8 replaced by U+FFFD\n".utf8))
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
        return (id, .success(Document(id: id, text: text)))
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
