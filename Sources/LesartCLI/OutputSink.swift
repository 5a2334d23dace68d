import Foundation

/// Where `lesart network` writes: standard output, or a file written to a temporary name
/// and renamed when complete (an interrupted run leaves no half-written file).
final class OutputSink {
    private let path: String?
    private let fd: Int32

    init(path: String?) throws {
        self.path = path
        guard let path else {
            fd = 1
            return
        }
        let opened = Foundation.open(path + ".part", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard opened >= 0 else {
            throw InputError(file: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        fd = opened
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if path == nil {
            StandardOutput.write(Array(text.utf8))
        } else if let reason = FileDescriptor.writeAll(fd, Array(text.utf8)) {
            StandardError.write("lesart: \(path!): cannot write: \(reason)\n")
            Foundation.exit(1)
        }
    }

    /// Closes the file and moves it into place.
    func close() throws {
        guard let path else { return }
        _ = Foundation.close(fd)
        if rename(path + ".part", path) != 0 {
            throw InputError(file: path, message: "cannot rename into place: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes `text` whole to `path` (or standard output).
    static func write(_ text: String, to path: String?) throws {
        let sink = try OutputSink(path: path)
        sink.write(text)
        try sink.close()
    }
}
