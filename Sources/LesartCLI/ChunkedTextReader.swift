import Foundation

/// Reads a large text file in paragraph-aligned chunks of about `chunkSize` bytes, so a file
/// of any size is annotated in bounded memory.
///
/// A chunk ends after the last blank line (paragraph break) in its second half; failing that,
/// after the last line break, then after the last space, then at a character boundary.
struct ChunkedTextReader {
    private let fd: Int32
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var finished = false
    /// Error reading the file, reported once in place of the next chunk.
    private var failure: String?

    init(fd: Int32, chunkSize: Int) {
        self.fd = fd
        self.chunkSize = max(chunkSize, 1024)
    }

    /// The next chunk's bytes, a read error (the OS reason), or nil at the end.
    mutating func next() -> Result<[UInt8], FileDescriptor.ReadFailure>? {
        fill()
        guard !buffer.isEmpty else {
            // What was read before a failure comes first; then the failure, once.
            guard let failure else { return nil }
            self.failure = nil
            return .failure(FileDescriptor.ReadFailure(reason: failure))
        }
        let cut = finished && buffer.count <= chunkSize ? buffer.count : Self.cut(in: buffer, near: chunkSize)
        let chunk = Array(buffer[..<cut])
        buffer.removeFirst(cut)
        return .success(chunk)
    }

    /// Reads until the buffer holds more than one chunk or the file ends.
    private mutating func fill() {
        while !finished, buffer.count <= chunkSize {
            switch FileDescriptor.read(fd, appendingTo: &buffer, upTo: 1 << 20) {
            case .success(let n):
                if n == 0 { finished = true }
            case .failure(let error):
                failure = error.reason
                finished = true
            }
        }
    }

    /// Where to end a chunk of `bytes`, at most `size` bytes long: see the type's summary.
    static func cut(in bytes: [UInt8], near size: Int) -> Int {
        let end = min(size, bytes.count)
        let floor = end / 2
        var i = end - 1
        while i > floor {
            if bytes[i] == 0x0A, bytes[i - 1] == 0x0A || (bytes[i - 1] == 0x0D && i >= 2 && bytes[i - 2] == 0x0A) {
                return i + 1
            }
            i -= 1
        }
        if let newline = bytes[floor..<end].lastIndex(of: 0x0A) { return newline + 1 }
        if let space = bytes[floor..<end].lastIndex(where: { $0 == 0x20 || $0 == 0x09 }) { return space + 1 }
        var boundary = end
        while boundary > 1, boundary < bytes.count, bytes[boundary] & 0xC0 == 0x80 { boundary -= 1 }
        return boundary
    }
}
