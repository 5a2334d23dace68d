import Foundation
import Lesart
import LesartReports

/// One pass of `lesart network` over its inputs: every line decoded (annotations only, the
/// date field if asked), problems reported with file and line, the rest aggregated into
/// the network or written as event rows as they come.
struct NetworkRun {
    private(set) var network: ActorNetwork
    let dateField: String?
    let bucket: TimeBucket?
    private let decoder: LesartRecordDecoder
    private(set) var problems = MessageLimiter()
    private var bytes = 0
    private var lines = 0

    init(filter: NetworkFilter, codes: ActorCodeBook, dateField: String?, bucket: TimeBucket?) {
        network = ActorNetwork(filter: filter, codes: codes)
        self.dateField = dateField
        self.bucket = bucket
        decoder = LesartRecordDecoder(decodesText: false, fieldNames: dateField.map { [$0] } ?? [])
    }

    /// Aggregates every usable record of `sources`.
    mutating func aggregate(sources: [InputSource]) {
        forEachRecord(in: sources) { run, record, date in
            run.network.add(record, bucket: date.flatMap { run.bucket?.label(for: $0) })
        }
    }

    /// Writes one CSV row per counted stance record to `output` (or standard output), in order.
    mutating func writeEvents(sources: [InputSource], cameo: CameoCodeBook, output: String?) throws {
        let sink = try OutputSink(path: output)
        var rows = EventRows(cameo: cameo, codes: network.codes, filter: network.filter)
        var buffer = EventRows.header
        forEachRecord(in: sources) { run, record, date in
            buffer += rows.rows(for: record, date: date)
            if buffer.utf8.count > 1 << 16 {
                sink.write(buffer)
                buffer = ""
            }
            run.network.add(record)
        }
        sink.write(buffer)
        try sink.close()
    }

    /// The summary line on standard error.
    func summarize(since start: Date) {
        let seconds = Date().timeIntervalSince(start)
        let mb = Double(bytes) / 1_000_000
        let size = network.size
        StandardError.write(String(format: "lesart: network: %d lines, %d records, %d of %d stance records counted, "
            + "%d problems, %d actors, %d edges in %.2f s (%.1f MB/s)\n",
            lines, network.records, network.stancesCounted, network.stancesSeen, problems.count,
            size.actors, size.edges, seconds, seconds > 0 ? mb / seconds : 0))
    }

    /// Calls `body` with every record that has a stance layer and (when asked) a readable
    /// date; reports every other line.
    private mutating func forEachRecord(in sources: [InputSource],
                                        _ body: (inout NetworkRun, LesartRecord, CalendarDate?) -> Void) {
        var run = self
        JSONLLines.forEach(in: sources, failure: { run.problems.report("\($0)") }) { line in
            run.lines += 1
            run.bytes += line.bytes.count + 1
            guard let (record, date) = run.usable(line) else { return }
            body(&run, record, date)
        }
        self = run
    }

    /// The record of `line` and its date, or nil after reporting why it cannot be used.
    private mutating func usable(_ line: JSONLLines.Line) -> (LesartRecord, CalendarDate?)? {
        if let bad = UTF8Validator.firstInvalidOffset(in: line.bytes) {
            problems.report("\(line.place): invalid UTF-8 at byte offset \(bad) of the line")
            return nil
        }
        let record: LesartRecord
        do {
            record = try decoder.decode(line.bytes, fallbackID: String(line.number))
        } catch {
            problems.report("\(line.place): \(error)")
            return nil
        }
        if let error = record.error {
            problems.report("\(line.place): error record \(record.id): \(error)")
            return nil
        }
        guard record.stances != nil else {
            problems.report("\(line.place): record \(record.id) has no \"stances\" field (annotate with the stances stage)")
            return nil
        }
        guard let field = dateField else { return (record, nil) }
        guard let raw = record.fields[field] else {
            problems.report("\(line.place): record \(record.id) has no \"\(field)\" field (a string or number)")
            return nil
        }
        guard let date = CalendarDate(parsing: raw) else {
            problems.report("\(line.place): record \(record.id): unknown date format \"\(raw)\" in \"\(field)\" "
                + "(expected ISO 8601 like 2026-03-02, 20260302 or 02.03.2026)")
            return nil
        }
        if let bucket, bucket.label(for: date) == nil {
            problems.report("\(line.place): record \(record.id): date \"\(raw)\" is too coarse for --bucket \(bucket.rawValue)")
            return nil
        }
        return (record, date)
    }
}
