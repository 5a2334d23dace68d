import Foundation

/// Plain reads and writes on a file descriptor, retrying when interrupted, with the
/// system's reason on failure. The one place the CLI's readers and writers do I/O.
enum FileDescriptor {
    /// Opens `path` for reading ("-" is standard input, descriptor 0), or an error naming
    /// `name` with the system's reason.
    static func open(_ path: String, name: String) -> Result<Int32, InputError> {
        guard path != "-" else { return .success(0) }
        let fd = Foundation.open(path, O_RDONLY)
        return fd >= 0 ? .success(fd)
            : .failure(InputError(file: name, message: "cannot read: \(String(cString: strerror(errno)))"))
    }

    /// Reads up to `count` bytes from `fd` onto the end of `buffer` (no intermediate block).
    /// Returns the number of bytes read (0 at the end of input) or the system's reason.
    static func read(_ fd: Int32, appendingTo buffer: inout [UInt8], upTo count: Int) -> Result<Int, ReadFailure> {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + old, count) }
            if n < 0, errno == EINTR { continue }
            buffer.removeLast(count - max(n, 0))
            return n < 0 ? .failure(ReadFailure(reason: String(cString: strerror(errno)))) : .success(n)
        }
    }

    /// Writes all of `bytes` to `fd`; nil on success, otherwise the error number and the
    /// system's reason.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> WriteFailure? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    return WriteFailure(code: code, reason: String(cString: strerror(code)))
                }
                offset += n
            }
            return nil
        }
    }

    /// A failed read, with the system's reason.
    struct ReadFailure: Error {
        let reason: String
    }

    /// A failed write: the error number and the system's reason.
    struct WriteFailure: Error {
        let code: Int32
        let reason: String
    }
}
