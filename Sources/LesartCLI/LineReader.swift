import Foundation

/// Reads a file descriptor line by line as bytes (LF-separated, a final CR dropped), in
/// 64 KiB blocks: memory stays bounded by the longest line, and the bytes are not
/// decoded, so invalid UTF-8 can be reported with its offset.
struct LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line end resumes: bytes before it hold none, so a long
    /// line read in many blocks is scanned once.
    private var searched = 0
    private var finished = false
    /// 1-based number of the last line returned.
    private(set) var lineNumber = 0
    /// The system's reason when reading failed; the lines before it were returned.
    private(set) var failure: String?

    /// A reader of `fd` whose input starts with `prefix` (bytes already read from it).
    init(fd: Int32, prefix: [UInt8] = []) {
        self.fd = fd
        buffer = prefix
    }

    /// The next line without its line end, or nil at the end of input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                if line.last == 0x0D { line.removeLast() }
                start = newline + 1
                searched = start
                lineNumber += 1
                return line
            }
            searched = buffer.count
            if finished {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                if line.last == 0x0D { line.removeLast() }
                start = buffer.count
                lineNumber += 1
                return line
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
}
