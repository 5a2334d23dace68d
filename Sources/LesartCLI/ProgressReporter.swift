import Foundation

/// The progress line on standard error (documents, MB, MB/s, ETA when the total is known),
/// redrawn at most twice a second, only when standard error is a terminal.
final class ProgressReporter {
    private let totalBytes: Int?
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// Nil when progress is off (`--quiet` or standard error not a terminal).
    init?(quiet: Bool, totalBytes: Int?) {
        guard !quiet, isatty(2) == 1 else { return nil }
        self.totalBytes = totalBytes
    }

    /// Redraws the line if half a second has passed.
    func update(_ statistics: RunStatistics) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.5 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(statistics.started), 0.001)
        let megabytes = Double(statistics.bytes) / 1_000_000
        let rate = megabytes / seconds
        var line = "\r\u{1B}[K\(statistics.documents) documents, \(String(format: "%.1f", megabytes)) MB, "
            + "\(String(format: "%.1f", rate)) MB/s"
        if let totalBytes, rate > 0, totalBytes > statistics.bytes {
            let remaining = Double(totalBytes - statistics.bytes) / 1_000_000 / rate
            line += ", ETA \(Int(remaining.rounded())) s"
        }
        StandardError.write(line)
        drawn = true
    }

    /// Clears the line before the summary is printed.
    func finish() {
        if drawn { StandardError.write("\r\u{1B}[K") }
    }
}
