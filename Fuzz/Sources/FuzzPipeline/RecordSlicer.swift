import Lesart

/// Slices a JSONL record's text by an item's `start` and `end` offsets in one offset unit,
/// and compares the slice with the text the item should cover, scalar for scalar (stricter
/// than `String`'s `==`, which compares canonical equivalents as equal).
struct RecordSlicer {
    private let unit: OffsetUnit
    private let scalars: [Unicode.Scalar]
    private let units: [UInt16]

    init(text: String, unit: OffsetUnit) {
        self.unit = unit
        scalars = unit == .scalar ? Array(text.unicodeScalars) : []
        units = unit == .utf16 ? Array(text.utf16) : []
    }

    /// Whether `item`'s offsets are a valid range of the text that holds exactly `expected`.
    func slices(_ item: DecodedRecord.Span, _ expected: String) -> Bool {
        let start = item.start, end = item.end
        guard 0 <= start, start <= end else { return false }
        if unit == .scalar {
            return end <= scalars.count && scalars[start..<end].elementsEqual(expected.unicodeScalars)
        }
        return end <= units.count && units[start..<end].elementsEqual(expected.utf16)
    }
}
