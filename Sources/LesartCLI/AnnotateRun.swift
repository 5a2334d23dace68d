import Lesart

/// The writing side of `annotate` and `tokenize`: receives each item's output in input
/// order (on the calling thread), writes records and error records, switches output files
/// for `--output DIR`, and keeps the counts for the progress line and the summary.
///
/// Output is handed on in blocks of about a megabyte: rendered records are held as they are
/// and written together (``HeldRecords``), error records go through a buffer; only one of the
/// two holds anything at a time, so the order stays. ``idle()`` flushes what is held when the
/// next record is late, so a streaming consumer sees every finished record. A large
/// document's record is rendered here, straight into the output, which flushes inside the
/// record, so it is never held whole.
final class AnnotateRun {
    private let writer: any DocumentWriter
    /// The writer of records, for the annotating threads to render with.
    var documentWriter: any DocumentWriter { writer }
    private let progress: ProgressReporter?
    private(set) var statistics = RunStatistics()
    /// Inputs skipped by `--skip-existing`, and output files that could not be written.
    private(set) var skipped = 0
    private(set) var writeFailures = 0
    private var out: OutputBuffer
    private var held = HeldRecords()
    /// Where held records go: standard output or the current output file.
    private var heldSink: ([[UInt8]]) -> Void = StandardOutput.write(blocks:)
    private var file: OutputFile?
    /// Whether the current output file could not be opened: its records are dropped.
    private var discarding = false
    private var sinceProgress = 0

    init(writer: any DocumentWriter, progress: ProgressReporter?) {
        self.writer = writer
        self.progress = progress
        out = Self.standardOutput()
    }

    private static func standardOutput() -> OutputBuffer {
        OutputBuffer(flushThreshold: 1 << 20, sink: StandardOutput.write)
    }

    /// Writes one output (the next in input order).
    func write(_ output: AnnotateOutput) {
        switch output {
        case .record(let bytes, let counts, let warnings):
            guard !discarding else { return }
            warnings.forEach(StandardError.write)
            count(counts)
            out.flush()  // what it holds comes first
            held.append(bytes)
        case .large(let document, let warnings):
            guard !discarding else { return }
            warnings.forEach(StandardError.write)
            count(DocumentCounts(document))
            flushHeld()
            writer.write(document, to: &out)  // streams: `out` flushes inside the record
        case .failure(let id, let idIsJSON, let message, let documentBytes, let warnings):
            guard !discarding else { return }
            warnings.forEach(StandardError.write)
            statistics.documents += 1
            statistics.bytes += documentBytes
            statistics.errors += 1
            StandardError.write("lesart: \(message)\n")
            flushHeld()
            writer.writeError(id: id, idIsJSON: idIsJSON, message: message, to: &out)
        case .openOutput(let path):
            open(path)
        case .closeOutput:
            commit()
        case .skipped:
            skipped += 1
        }
        out.flushIfFull()
        if held.bytes >= 1 << 20 { flushHeld() }
        sinceProgress += 1
        if sinceProgress >= 64 {
            sinceProgress = 0
            progress?.update(statistics)
        }
    }

    /// The next output is late: hand on what is buffered.
    func idle() {
        flushHeld()
        out.flush()
        progress?.update(statistics)
    }

    /// Flushes everything; call after the last output.
    func finish() {
        flushHeld()
        out.flush()
        progress?.update(statistics)
    }

    private func flushHeld() {
        held.flush(to: heldSink)
    }

    private func count(_ counts: DocumentCounts) {
        statistics.documents += 1
        statistics.bytes += counts.bytes
        statistics.tokens += counts.tokens
        statistics.entities += counts.entities
        statistics.stances += counts.stances
    }

    /// Sends the following records to a new output file (written atomically).
    private func open(_ path: String) {
        flushHeld()
        out.flush()
        do {
            let opened = try OutputFile(path: path)
            file = opened
            out = OutputBuffer(flushThreshold: 1 << 20, sink: opened.write)
            heldSink = opened.write(blocks:)
        } catch {
            writeFailures += 1
            discarding = true
            StandardError.write("lesart: \(error)\n")
        }
    }

    /// Completes the current output file; records go to standard output again.
    private func commit() {
        guard !discarding else {
            discarding = false
            return
        }
        flushHeld()
        out.flush()
        out = Self.standardOutput()
        heldSink = StandardOutput.write(blocks:)
        do {
            try file?.commit()
        } catch {
            writeFailures += 1
            StandardError.write("lesart: \(error)\n")
        }
        file = nil
    }
}
