import Foundation
import FuzzSupport
import Lesart

/// The whole pipeline (tokens, sentences, entities, stances) and all three writers on one
/// input record.
///
/// An input starting with `{` is a JSON line whose `"text"` is the document (as `lesart
/// annotate` reads it); any other input is the text itself (repaired to UTF-8). Checks:
/// the token and sentence invariants; entities and stances index valid tokens, entities
/// and sentences; the JSONL record is valid JSON with one entry per token and entity, and
/// every token's and entity's scalar and UTF-16 offsets slice exactly its text from the
/// record's text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UTF8Validator.repaired(FuzzBytes(data, size).bytes).bytes
    var document: Document
    if bytes.first == UInt8(ascii: "{") {
        guard let members = try? JSONObjectParser.members(of: bytes),
              let text = members.last(where: { JSONObjectParser.string(bytes, in: $0.key) == "text" }),
              text.kind == .string else { return 0 }
        document = Document(id: "fuzz", validatedUTF8: JSONObjectParser.decodedString(bytes, in: text.value))
    } else {
        document = Document(id: "fuzz", validatedUTF8: bytes)
    }
    do {
        try SharedPipeline.session.annotate(&document)
    } catch {
        FuzzCheck.fail("annotation failed: \(error)")
    }
    let problems = InvariantChecker.violations(in: document, requireSentences: !document.tokens.isEmpty)
        + AnnotationChecker.violations(in: document)
    FuzzCheck.require(problems.isEmpty, "\(problems)")
    for unit in [OffsetUnit.scalar, .utf16] { checkRecord(of: document, offsets: unit) }
    var other = OutputBuffer()
    CoNLLUWriter().write(document, to: &other)
    VerticalWriter().write(document, to: &other)
    FuzzCheck.require(UTF8Validator.firstInvalidOffset(in: other.bytes) == nil, "CoNLL-U or vertical output is not UTF-8")
    return 0
}

/// The JSONL record parses and its offsets in `unit` slice every token's and entity's text.
private func checkRecord(of document: Document, offsets unit: OffsetUnit) {
    var out = OutputBuffer()
    JSONLWriter(offsets: unit).write(document, to: &out)
    FuzzCheck.require(out.bytes.last == 0x0A && out.bytes.dropLast().firstIndex(of: 0x0A) == nil, "record is not one line")
    guard let record = try? JSONSerialization.jsonObject(with: Data(out.bytes)) as? [String: Any],
          let recordText = record["text"] as? String, let tokens = record["tokens"] as? [[String: Any]] else {
        FuzzCheck.fail("JSONL record is not a JSON object with text and tokens")
    }
    // Foundation drops U+FEFF from strings it reads (Python's json keeps it, as the record
    // has it): compare without it, then slice the document's own text.
    let text = String(decoding: document.utf8, as: UTF8.self)
    FuzzCheck.require(recordText.unicodeScalars.filter { $0 != "\u{FEFF}" } == text.unicodeScalars.filter { $0 != "\u{FEFF}" },
                      "record text differs from the document")
    let scalars = Array(text.unicodeScalars)
    let units = Array(text.utf16)
    func slice(_ item: [String: Any]) -> String? {
        guard let start = item["start"] as? Int, let end = item["end"] as? Int, 0 <= start, start <= end else { return nil }
        if unit == .scalar {
            guard end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        guard end <= units.count else { return nil }
        return String(utf16CodeUnits: Array(units[start..<end]), count: end - start)
    }
    FuzzCheck.require(tokens.count == document.tokens.count, "record has \(tokens.count) tokens, document \(document.tokens.count)")
    for (index, token) in document.tokens.enumerated() {
        FuzzCheck.require(slice(tokens[index]) == document.text(of: token), "\(unit) offsets of token \(index) do not slice its text")
    }
    let entities = record["entities"] as? [[String: Any]] ?? []
    FuzzCheck.require(entities.count == document.entities.count, "record has \(entities.count) entities")
    for (index, entity) in document.entities.enumerated() {
        FuzzCheck.require(slice(entities[index]) == document.text(of: entity), "\(unit) offsets of entity \(index) do not slice its text")
    }
}
