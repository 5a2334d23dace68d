/// Why a JSONL line could not be read as a Lesart record; `description` names no place
/// (the caller prefixes file and line).
public enum RecordDecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a JSON object (the parser's reason and byte offset).
    case notJSON(reason: String, offset: Int)
    /// Valid JSON but a field has the wrong shape (`"stances"` not a list of records …).
    case malformedField(name: String, reason: String)
    /// A JSON object without `text`, `entities`, `stances` or `error`.
    case notALesartRecord

    public var description: String {
        switch self {
        case .notJSON(let reason, let offset): "not a JSON object (\(reason) at byte \(offset))"
        case .malformedField(let name, let reason): "field \"\(name)\" is not as Lesart writes it: \(reason)"
        case .notALesartRecord: "not a Lesart record (no \"text\", \"entities\", \"stances\" or \"error\" field)"
        }
    }
}
