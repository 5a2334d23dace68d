import Foundation
import FuzzSupport
import Lesart

/// The strict JSON object parser of `lesart annotate` on arbitrary bytes.
///
/// Input that is not UTF-8 is repaired first (the CLI checks UTF-8 before parsing). Checks:
/// whatever the parser accepts, Foundation's JSONSerialization accepts as an object (the
/// reverse does not hold: Foundation also takes trailing commas); the keys agree and every
/// string value decodes to Foundation's string (a byte order mark aside, which Foundation drops); every value's compact copy parses again as the same
/// kind; an error's offset lies in the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONObject(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UTF8Validator.repaired(FuzzBytes(data, size).bytes).bytes
    let foundation = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    let members: [JSONMember]
    do {
        members = try JSONObjectParser.members(of: bytes)
    } catch {
        FuzzCheck.require((0...bytes.count).contains(error.offset), "error offset \(error.offset) of \(bytes.count)")
        FuzzCheck.require((1...bytes.count + 1).contains(error.column(in: bytes)), "error column out of the input")
        // Foundation accepts more than RFC 8259 (trailing commas): a rejection is not compared.
        return 0
    }
    guard let foundation else {
        FuzzCheck.fail("accepted what Foundation rejects: \(String(reflecting: String(decoding: bytes, as: UTF8.self)))")
    }
    var lastByKey: [[UInt8]: JSONMember] = [:]
    for member in members {
        lastByKey[JSONObjectParser.decodedString(bytes, in: member.key)] = member
        // A string's range excludes its quotes; the compact copy takes the whole literal.
        let literal = member.kind == .string ? member.value.lowerBound - 1..<member.value.upperBound + 1 : member.value
        let compact = JSONObjectParser.compactValue(bytes, in: literal)
        let wrapped = Array("{\"v\":".utf8) + compact + [UInt8(ascii: "}")]
        let again = try? JSONObjectParser.members(of: wrapped)
        FuzzCheck.require(again?.first?.kind == member.kind, "compact copy \(String(decoding: compact, as: UTF8.self)) does not parse as \(member.kind)")
    }
    let theirValues = Dictionary(foundation.map { (foundationView(Array($0.key.utf8)), $0.value) }, uniquingKeysWith: { a, _ in a })
    let keys = Set(theirValues.keys)
    FuzzCheck.require(keys == Set(lastByKey.keys.map(foundationView)), "keys differ from Foundation's")
    // Keys that differ only in U+FEFF are distinct here and one key in Foundation's view
    // (`""` and `"\u{FEFF}\u{FEFF}"`): which value Foundation keeps is not compared.
    let viewCounts = Dictionary(lastByKey.keys.map { (foundationView($0), 1) }, uniquingKeysWith: +)
    for (key, member) in lastByKey where member.kind == .string && viewCounts[foundationView(key)] == 1 {
        let ours = foundationView(JSONObjectParser.decodedString(bytes, in: member.value))
        let theirs = theirValues[foundationView(key)] as? String
        FuzzCheck.require(theirs.map { foundationView(Array($0.utf8)) } == ours, "string value of \(String(decoding: key, as: UTF8.self)) differs from Foundation's")
    }
    return 0
}

/// A string without U+FEFF, for comparing with Foundation's JSONSerialization, which drops
/// it at the start of a string (RFC 8259 keeps it; the parser does, so `"\u{FEFF}text"` is
/// no `text` key).
private func foundationView(_ utf8: [UInt8]) -> [UInt8] {
    Array(String(decoding: utf8, as: UTF8.self).unicodeScalars.filter { $0 != "\u{FEFF}" }.map { String($0) }.joined().utf8)
}
