/// Rendered records waiting to be written, kept as the arrays the annotating threads rendered
/// them into and handed to the output together once they add up to a block. Copying each
/// record into one output buffer first cost the writing thread, the serial part of a run, a
/// pass over every byte of output (about nine bytes per byte of input).
struct HeldRecords {
    private(set) var records: [[UInt8]] = []
    /// Their bytes in all.
    private(set) var bytes = 0

    var isEmpty: Bool { records.isEmpty }

    mutating func append(_ record: [UInt8]) {
        records.append(record)
        bytes += record.count
    }

    /// Hands every held record to `sink` (in order) and forgets them; nothing when none is held.
    mutating func flush(to sink: ([[UInt8]]) -> Void) {
        guard !records.isEmpty else { return }
        sink(records)
        records.removeAll(keepingCapacity: true)
        bytes = 0
    }
}
