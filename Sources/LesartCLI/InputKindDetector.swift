import Foundation

/// Decides what an input holds when `--input` does not say: JSON lines when its first
/// non-blank byte is `{`, plain text otherwise (an empty or all-blank input is JSON lines,
/// which yields no documents).
///
/// Blank means space, tab, CR, LF and a UTF-8 byte order mark at the start. The bytes read
/// to decide are returned so that a reader of standard input can start with them.
enum InputKindDetector {
    /// Reads `fd` until its first non-blank byte (or its end); the kind and the bytes read,
    /// or the system's reason when reading failed.
    static func detect(fd: Int32) -> (kind: InputFormat, prefix: [UInt8], failure: FileDescriptor.ReadFailure?) {
        var prefix: [UInt8] = []
        var scanned = 0
        while true {
            switch FileDescriptor.read(fd, appendingTo: &prefix, upTo: 1 << 16) {
            case .failure(let failure):
                return (.jsonl, prefix, failure)
            case .success(0):
                return (.jsonl, prefix, nil)
            case .success:
                if let first = firstNonBlank(in: prefix, from: scanned) {
                    return (prefix[first] == UInt8(ascii: "{") ? .jsonl : .text, prefix, nil)
                }
                // All blank so far; a byte order mark may still be incomplete in fewer than 3 bytes.
                scanned = prefix.count < 3 ? 0 : prefix.count
            }
        }
    }

    /// The kind of the file at `path`, or nil when it cannot be opened or read (the reader
    /// that follows reports why).
    static func kind(ofFile path: String) -> InputFormat? {
        guard case .success(let fd) = FileDescriptor.open(path, name: path) else { return nil }
        defer { close(fd) }
        let detected = detect(fd: fd)
        return detected.failure == nil ? detected.kind : nil
    }

    /// The index of the first byte at or after `start` that is not blank, or nil.
    private static func firstNonBlank(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default:
                // An incomplete byte order mark at the very start waits for more bytes.
                if index == 0, bytes.count < 3, [0xEF, 0xBB, 0xBF].starts(with: bytes) { return nil }
                return index
            }
        }
        return nil
    }
}
