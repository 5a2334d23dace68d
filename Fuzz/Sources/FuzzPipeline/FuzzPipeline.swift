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
/// every token's and entity's offsets slice exactly its text, scalar for scalar, from the
/// record's text. The record is parsed by Foundation's `JSONDecoder` (independent of Lesart's);
/// one parse per input: inputs of even length check the record with scalar offsets, inputs
/// of odd length the one with UTF-16 offsets, so both units are checked and the fuzzer's
/// time goes to Lesart rather than to the oracle.
/// Builds the shared pipeline (lexicon load, gazetteer compile) before the first input, so
/// that libFuzzer's per-input timeout measures inputs, not the one-time set-up (under ASan on
/// a loaded machine it has taken more than 30 s).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzPipelineInitialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
    _ = SharedPipeline.session
    return 0
}

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
    checkRecord(of: document, offsets: size % 2 == 0 ? .scalar : .utf16)
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
    guard let record = try? JSONDecoder().decode(DecodedRecord.self, from: Data(out.bytes)) else {
        FuzzCheck.fail("JSONL record is not a JSON object with text and tokens")
    }
    let recordText = record.text, tokens = record.tokens
    // Foundation drops U+FEFF from strings it reads (Python's json keeps it, as the record
    // has it): compare without it, then slice the document's own text.
    let text = String(decoding: document.utf8, as: UTF8.self)
    FuzzCheck.require(recordText.unicodeScalars.lazy.filter { $0 != "\u{FEFF}" }
                        .elementsEqual(text.unicodeScalars.lazy.filter { $0 != "\u{FEFF}" }),
                      "record text differs from the document")
    let slicer = RecordSlicer(text: text, unit: unit)
    FuzzCheck.require(tokens.count == document.tokens.count, "record has \(tokens.count) tokens, document \(document.tokens.count)")
    for (index, token) in document.tokens.enumerated() {
        FuzzCheck.require(slicer.slices(tokens[index], document.text(of: token)), "\(unit) offsets of token \(index) do not slice its text")
    }
    let entities = record.entities ?? []
    FuzzCheck.require(entities.count == document.entities.count, "record has \(entities.count) entities")
    for (index, entity) in document.entities.enumerated() {
        FuzzCheck.require(slicer.slices(entities[index], document.text(of: entity)), "\(unit) offsets of entity \(index) do not slice its text")
    }
}
