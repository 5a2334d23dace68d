import Foundation

/// Reads a large text file in paragraph-aligned chunks of about `chunkSize` bytes, so a file
/// of any size is annotated in bounded memory.
///
/// A chunk ends after the last blank line (paragraph break) in its second half; failing that,
/// after the last line break, then after the last sentence end (a single line of text), then
/// after the last space, then at a character boundary.
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
        if let sentence = lastSentenceEnd(in: bytes, floor..<end) { return sentence }
        if let space = bytes[floor..<end].lastIndex(where: { $0 == 0x20 || $0 == 0x09 }) { return space + 1 }
        var boundary = end
        while boundary > 1, boundary < bytes.count, bytes[boundary] & 0xC0 == 0x80 { boundary -= 1 }
        return boundary
    }

    /// The index just after the space that follows the last sentence end in `range`: a
    /// lowercase word of two or more letters (so not `z.` or `Dr.`), then `.`, `!` or `?`,
    /// maybe closing quotes or brackets, one space, and an uppercase letter or an opening
    /// quote. Bytes only: `ä ö ü ß` and `Ä Ö Ü` are recognised by their UTF-8.
    static func lastSentenceEnd(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var i = range.upperBound - 2
        while i > range.lowerBound + 3 {
            defer { i -= 1 }
            guard bytes[i] == 0x20, startsSentence(bytes, at: i + 1) else { continue }
            var mark = i - 1
            while true {  // closing quotes and brackets: " ' ) ] “ ” ’
                if mark > range.lowerBound, [0x22, 0x27, 0x29, 0x5D].contains(bytes[mark]) {
                    mark -= 1
                } else if mark >= range.lowerBound + 2, bytes[mark - 2] == 0xE2, bytes[mark - 1] == 0x80,
                          [0x9C, 0x9D, 0x99].contains(bytes[mark]) {
                    mark -= 3
                } else {
                    break
                }
            }
            guard mark > range.lowerBound + 2, [0x21, 0x2E, 0x3F].contains(bytes[mark]) else { continue }
            if isLowercaseLetter(before: mark, in: bytes), isLowercaseLetter(before: mark - letterWidth(before: mark, in: bytes), in: bytes) {
                return i + 1
            }
        }
        return nil
    }

    /// Whether an uppercase letter (ASCII, Ä, Ö, Ü) or an opening quote starts at `index`.
    private static func startsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte >= 0x41, byte <= 0x5A { return true }
        guard index + 1 < bytes.count else { return false }
        if byte == 0xC3, [0x84, 0x96, 0x9C].contains(bytes[index + 1]) { return true }
        if byte == 0x22 { return true }
        return index + 2 < bytes.count && byte == 0xE2 && bytes[index + 1] == 0x80 && [0x9E, 0x9C].contains(bytes[index + 2])
    }

    /// Whether a lowercase letter (ASCII or ä ö ü ß) ends just before `index`.
    private static func isLowercaseLetter(before index: Int, in bytes: [UInt8]) -> Bool {
        guard index >= 1 else { return false }
        let byte = bytes[index - 1]
        if byte >= 0x61, byte <= 0x7A { return true }
        return index >= 2 && bytes[index - 2] == 0xC3 && [0xA4, 0xB6, 0xBC, 0x9F].contains(byte)
    }

    /// The byte length of the lowercase letter before `index` (1 or 2).
    private static func letterWidth(before index: Int, in bytes: [UInt8]) -> Int {
        index >= 2 && bytes[index - 2] == 0xC3 && bytes[index - 1] >= 0x80 ? 2 : 1
    }
}
