import Foundation

/// Reads a file descriptor line by line as bytes (LF-separated, a final CR dropped), in
/// 64 KiB blocks: memory stays bounded by the longest line, and the bytes are not
/// decoded, so invalid UTF-8 can be reported with its offset.
///
/// A line longer than `maximumLength` bytes is not held: its bytes are dropped as they are
/// read, `next()` returns it empty and ``lastLineLength`` tells its length, so memory stays
/// bounded by the limit whatever the input.
struct LineReader {
    private let fd: Int32
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line end resumes: bytes before it hold none, so a long
    /// line read in many blocks is scanned once.
    private var searched = 0
    private var finished = false
    /// Bytes of the current line already dropped because it is too long.
    private var dropped = 0
    /// 1-based number of the last line returned.
    private(set) var lineNumber = 0
    /// The length in bytes of the last line returned when it was longer than the limit
    /// (it was returned empty); nil otherwise.
    private(set) var lastLineLength: Int?
    /// The system's reason when reading failed; the lines before it were returned.
    private(set) var failure: String?

    /// A reader of `fd` whose input starts with `prefix` (bytes already read from it).
    init(fd: Int32, prefix: [UInt8] = [], maximumLength: Int = .max) {
        self.fd = fd
        self.maximumLength = maximumLength
        buffer = prefix
    }

    /// The next line without its line end, or nil at the end of input.
    mutating func next() -> [UInt8]? {
        lastLineLength = nil
        while true {
            if let newline = lineEnd(from: max(start, searched)) {
                return finishLine(at: newline, next: newline + 1)
            }
            searched = buffer.count
            if finished {
                guard start < buffer.count || dropped > 0 else { return nil }
                return finishLine(at: buffer.count, next: buffer.count)
            }
            if buffer.count - start > maximumLength {
                dropped += buffer.count - start  // too long: forget what was read of it
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                searched -= start
                start = 0
            }
            switch FileDescriptor.read(fd, appendingTo: &buffer, upTo: 1 << 16) {
            case .success(let n):
                if n == 0 { finished = true }
            case .failure(let error):
                failure = error.reason
                finished = true
            }
        }
    }

    /// The index of the first LF in the buffer at or after `from`, found with `memchr` (the
    /// reader is the one serial part of a run on many threads, so its scan should cost little).
    private func lineEnd(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + from, 0x0A, raw.count - from).map { raw.baseAddress!.distance(to: $0) }
        }
    }

    /// Returns the line that ends at `end` (exclusive) and moves on to `next`.
    private mutating func finishLine(at end: Int, next: Int) -> [UInt8] {
        var line: [UInt8]
        let length = dropped + end - start
        if length > maximumLength {
            line = []
            lastLineLength = length
        } else {
            line = Array(buffer[start..<end])
            if line.last == 0x0D { line.removeLast() }
        }
        dropped = 0
        start = next
        searched = start
        lineNumber += 1
        return line
    }
}
