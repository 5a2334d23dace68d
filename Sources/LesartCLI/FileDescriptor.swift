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

    /// Writes all of `blocks`, in order, with as few `writev` calls as the system allows
    /// (``maximumVectors`` blocks at most per call); nil on success, otherwise the error number and the
    /// system's reason. The blocks are not copied into one buffer first.
    static func writeAll(_ fd: Int32, blocks: [[UInt8]]) -> WriteFailure? {
        var first = 0  // the first block not yet written whole
        var offset = 0  // bytes of it already written
        while first < blocks.count {
            let end = min(blocks.count, first + maximumVectors)
            let n = withVectors(blocks[first..<end], skipping: offset) { vectors in
                Foundation.writev(fd, vectors.baseAddress, Int32(vectors.count))
            }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                return WriteFailure(code: code, reason: String(cString: strerror(code)))
            }
            // Move past what was written: whole blocks, then part of the next one.
            var remaining = n + offset
            offset = 0
            while first < blocks.count, remaining >= blocks[first].count {
                remaining -= blocks[first].count
                first += 1
            }
            offset = remaining
        }
        return nil
    }

    /// How many blocks one `writev` call takes (IOV_MAX; 1024 on Linux).
    static let maximumVectors = max(16, sysconf(Int32(_SC_IOV_MAX)))

    /// Calls `body` with an `iovec` for each block, the first one starting `skipping` bytes in.
    private static func withVectors<R>(_ blocks: ArraySlice<[UInt8]>, skipping: Int,
                                       _ body: (UnsafeBufferPointer<iovec>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: iovec.self, capacity: blocks.count) { vectors in
            fill(vectors, from: 0, with: blocks, skipping: skipping, body)
        }
    }

    /// Fills `vectors` from `place` on and calls `body` inside every block's
    /// `withUnsafeBytes`, so each pointer is used only while it is valid (one nested call per
    /// block: at most ``maximumVectors`` deep).
    private static func fill<R>(_ vectors: UnsafeMutableBufferPointer<iovec>, from place: Int,
                                with blocks: ArraySlice<[UInt8]>, skipping: Int,
                                _ body: (UnsafeBufferPointer<iovec>) -> R) -> R {
        guard place < vectors.count else { return body(UnsafeBufferPointer(vectors)) }
        return blocks[blocks.startIndex + place].withUnsafeBytes { raw in
            let skip = place == 0 ? skipping : 0
            vectors[place] = iovec(iov_base: raw.baseAddress.map { UnsafeMutableRawPointer(mutating: $0 + skip) },
                                   iov_len: raw.count - skip)
            return fill(vectors, from: place + 1, with: blocks, skipping: skipping, body)
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
