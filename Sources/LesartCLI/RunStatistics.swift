import Foundation

/// Counts of one `lesart annotate` run, for the progress line and the closing summary.
struct RunStatistics {
    var documents = 0
    var errors = 0
    var tokens = 0
    var entities = 0
    var stances = 0
    /// Input bytes of the documents processed so far.
    var bytes = 0
    let started = Date()

    /// "12 documents, 0 errors, 3,456 tokens, 78 entities, 9 stances in 0.42 s (1.2 MB/s)".
    var summary: String {
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
        return "\(documents) documents, \(errors) errors, \(tokens) tokens, \(entities) entities, "
            + "\(stances) stances in \(String(format: "%.2f", seconds)) s (\(String(format: "%.1f", rate)) MB/s)"
    }
}
