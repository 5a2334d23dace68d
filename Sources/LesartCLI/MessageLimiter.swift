/// Writes per-line problems to standard error, the first `limit` in full, then a count,
/// so a corpus of bad lines cannot flood the terminal.
struct MessageLimiter {
    let limit: Int
    private(set) var count = 0

    init(limit: Int = 100) { self.limit = limit }

    mutating func report(_ message: String) {
        count += 1
        if count <= limit {
            StandardError.write("lesart: \(message)\n")
        } else if count == limit + 1 {
            StandardError.write("lesart: further problems are counted, not shown\n")
        }
    }
}
