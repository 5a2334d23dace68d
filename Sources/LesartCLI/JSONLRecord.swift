import Lesart

/// One input line of `--input jsonl`: `{"id": ..., "text": ...}` turned into a document,
/// or an error naming the line.
///
/// The line is parsed by ``JSONObjectParser`` (strict RFC 8259); the text is decoded straight
/// into the document's UTF-8 buffer. Ids and passed-through fields are written as
/// Foundation's JSONSerialization wrote them before (``FoundationJSON`` renders the rare
/// values whose formatting only Foundation knows: fractions, huge integers, arrays, objects).
enum JSONLRecord {
    /// Parses `line` (number `number` of `source`). The id may be a string or a number
    /// (written as a string), or an array or object (passed through as JSON, `idIsJSON`);
    /// without an id, or with a null one, the line number is used.
    /// A `--lossy` repair's warning is appended to `warnings`.
    static func document(from line: [UInt8], number: Int, source: String, lossy: Bool,
                         warnings: inout [String]) -> (id: String?, idIsJSON: Bool, result: Result<Document, InputError>) {
        let place = "\(source): line \(number)"
        let bytes: [UInt8]
        switch UTF8Check.checked(line, lossy: lossy, place: place, context: " of the line", warnings: &warnings) {
        case .success(let checked):
            bytes = checked
        case .failure(let error):
            // The id is still worth reporting: read it from a repaired copy of the line.
            let repaired = UTF8Validator.repaired(line).bytes
            let id = (try? JSONObjectParser.members(of: repaired)).flatMap { try? identifier(in: $0, of: repaired) }
            return (id?.text, id?.isJSON ?? false, .failure(error))
        }
        let members: [JSONMember]
        do {
            members = try JSONObjectParser.members(of: bytes)
        } catch {
            return (nil, false, .failure(syntaxError(error, in: bytes, place: place)))
        }
        let id: (text: String, isJSON: Bool)
        let carried: [UInt8]
        do {
            id = try identifier(in: members, of: bytes) ?? (String(number), false)
            carried = try carriedFields(of: members, in: bytes)
        } catch {
            return (nil, false, .failure(InputError(file: "\(place), column \(error.column(in: bytes))",
                                                    message: "value \(error.literal) cannot be read")))
        }
        guard let text = members.last(where: { isKey($0, "text", in: bytes) }) else {
            return (id.text, id.isJSON, .failure(InputError(file: place, message: "no \"text\" field")))
        }
        guard text.kind == .string else {
            return (id.text, id.isJSON, .failure(InputError(file: place, message: "\"text\" is not a string")))
        }
        // A text without escapes is its bytes as they are (most texts): no decoding pass.
        let utf8 = text.valueHasEscapes ? JSONObjectParser.decodedString(bytes, in: text.value) : Array(bytes[text.value])
        var document = Document(id: id.text, validatedUTF8: utf8)
        document.idIsJSON = id.isJSON
        document.carriedFields = carried
        return (id.text, id.isJSON, .success(document))
    }

    /// The error for a line that is not strict JSON: line, column and fault; a line that does
    /// not start with `{` gets what was expected and how to pass plain text instead.
    private static func syntaxError(_ error: JSONSyntaxError, in bytes: [UInt8], place: String) -> InputError {
        let position = "\(place), column \(error.column(in: bytes))"
        guard error.reason == JSONSyntaxError.expectedObject else {
            return InputError(file: position, message: "invalid JSON: \(error.reason)")
        }
        let rest = bytes[min(error.offset, bytes.count)...].prefix(while: { $0 >= 0x20 })
        let shown = String(decoding: rest.prefix(16), as: UTF8.self)  // a split character becomes U+FFFD
        let found = rest.isEmpty ? "found an empty line" : "found \"\(shown)\(rest.count > 16 ? "..." : "")\""
        return InputError(file: position, message: "expected a JSON object {\"id\": ..., \"text\": ...}, \(found) "
            + "(for plain text, use --input text)")
    }

    /// Output keys an input record cannot override.
    static let reservedKeys: Set<String> = ["id", "text", "sentences", "tokens", "entities", "stances", "error"]

    /// Whether a member's key is `name` (ASCII, so no other string is canonically equivalent to it).
    private static func isKey(_ member: JSONMember, _ name: StaticString, in bytes: [UInt8]) -> Bool {
        guard !member.keyHasEscapes else { return key(of: member, in: bytes) == name.description }
        guard member.key.count == name.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            (0..<member.key.count).allSatisfy { buffer[member.key.lowerBound + $0] == name.utf8Start[$0] }
        }
    }

    /// A member's key, decoded.
    private static func key(of member: JSONMember, in bytes: [UInt8]) -> String {
        member.keyHasEscapes
            ? JSONObjectParser.string(bytes, in: member.key)
            : bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[member.key]), as: UTF8.self) }
    }

    /// The record's id (the last "id" member): strings as they are, numbers in decimal
    /// (`true` and `false` as 1 and 0, as NSNumber has them), arrays and objects as compact
    /// JSON text (`isJSON`); nil when there is none or it is null.
    private static func identifier(in members: [JSONMember],
                                   of bytes: [UInt8]) throws(UnreadableValue) -> (text: String, isJSON: Bool)? {
        guard let member = members.last(where: { isKey($0, "id", in: bytes) }) else { return nil }
        switch member.kind {
        case .string: return (JSONObjectParser.string(bytes, in: member.value), false)
        case .integer:
            if let value = integer(bytes, in: member.value) { return (String(value), false) }
            return try foundationIdentifier(bytes, member).map { ($0, false) }
        case .fraction: return try foundationIdentifier(bytes, member).map { ($0, false) }
        case .true: return ("1", false)
        case .false: return ("0", false)
        case .null: return nil
        case .array, .object:
            return (String(decoding: JSONObjectParser.compactValue(bytes, in: member.value), as: UTF8.self), true)
        }
    }

    /// A number id as Foundation spells it.
    private static func foundationIdentifier(_ bytes: [UInt8], _ member: JSONMember) throws(UnreadableValue) -> String? {
        do {
            return try FoundationJSON.identifier(Array(bytes[member.value]))
        } catch {
            throw UnreadableValue(offset: member.value.lowerBound, literal: String(decoding: bytes[member.value], as: UTF8.self))
        }
    }

    /// A JSON integer literal's value when it fits an `Int` (as Foundation reads it: `-0` is 0).
    private static func integer(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
        Int(String(decoding: bytes[range], as: UTF8.self))
    }

    /// The record's other fields as JSON members in key order, to pass through to the output:
    /// the last of duplicate keys wins, keys sorted as Swift sorts strings. Throws when a
    /// value Foundation has to read is unreadable to it.
    private static func carriedFields(of members: [JSONMember], in bytes: [UInt8]) throws(UnreadableValue) -> [UInt8] {
        // The common record has only "id" and "text".
        if members.allSatisfy({ isKey($0, "id", in: bytes) || isKey($0, "text", in: bytes) }) { return [] }
        var carried: [(name: String, member: JSONMember)] = []
        for member in members {
            let name = key(of: member, in: bytes)
            if !reservedKeys.contains(name) { carried.append((name, member)) }
        }
        if carried.count > 1 {
            // (One carried field, the common case, needs neither.)
            let byKey = [String: JSONMember](carried, uniquingKeysWith: { _, last in last })
            carried = byKey.keys.sorted().map { ($0, byKey[$0]!) }
        }
        var out: [UInt8] = []
        for (name, member) in carried {
            if !out.isEmpty { out.append(UInt8(ascii: ",")) }
            FoundationJSON.appendString(Array(name.utf8), escapingSlashes: true, to: &out)
            out.append(UInt8(ascii: ":"))
            switch member.kind {
            case .string:
                FoundationJSON.appendString(JSONObjectParser.decodedString(bytes, in: member.value),
                                            escapingSlashes: false, to: &out)
            case .integer where integer(bytes, in: member.value) != nil:
                out += Array(String(integer(bytes, in: member.value)!).utf8)
            case .true, .false, .null:
                out += bytes[member.value]
            case .integer, .fraction, .array, .object:
                do {
                    out += try FoundationJSON.reserialized(Array(bytes[member.value]))
                } catch {
                    throw UnreadableValue(offset: member.value.lowerBound,
                                          literal: String(decoding: bytes[member.value].prefix(40), as: UTF8.self))
                }
            }
        }
        return out
    }

    /// A value the parser accepted that Foundation cannot read (where it starts, and its text).
    struct UnreadableValue: Error {
        let offset: Int
        let literal: String

        func column(in bytes: [UInt8]) -> Int { JSONSyntaxError(offset: offset, reason: "").column(in: bytes) }
    }
}
