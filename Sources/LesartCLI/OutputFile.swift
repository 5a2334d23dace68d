import Foundation

/// An output file written atomically: bytes go to a temporary file next to the target, which
/// is renamed over the target only when ``commit()`` is called.
final class OutputFile {
    let path: String
    private let temporaryPath: String
    private let fd: Int32
    /// The first write error, if any (the file is then not committed).
    private(set) var failure: String?

    /// Creates the parent folders and opens the temporary file.
    init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let name = (path as NSString).lastPathComponent
        temporaryPath = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())"
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw InputError(file: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// Appends bytes; remembers the first error instead of throwing (it is a sink).
    func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        failure = FileDescriptor.writeAll(fd, bytes)?.reason
    }

    /// Appends `blocks` in order, gathered; remembers the first error like ``write(_:)``.
    func write(blocks: [[UInt8]]) {
        guard failure == nil else { return }
        failure = FileDescriptor.writeAll(fd, blocks: blocks)?.reason
    }

    /// Closes the temporary file and renames it to the target; on failure removes it and throws.
    func commit() throws {
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporaryPath, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporaryPath)
            throw InputError(file: path, message: "cannot write: \(failure)")
        }
    }
}
