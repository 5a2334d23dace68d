import Foundation

/// The parts of a JSONL record the pipeline target checks, as Foundation's `JSONDecoder`
/// reads them (the other members are parsed and skipped).
struct DecodedRecord: Decodable {
    /// A token's or entity's offsets in the record's offset unit.
    struct Span: Decodable {
        let start: Int
        let end: Int
    }

    let text: String
    let tokens: [Span]
    let entities: [Span]?
}
