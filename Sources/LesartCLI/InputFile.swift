import Foundation

/// Reads one input (a file, or standard input) whole, for the commands that take a file as
/// one document.
enum InputFile {
    /// The bytes of `path` ("-" = standard input, named `name` in messages) after `prefix`
    /// (bytes already read from it), read straight into one array (no second copy), or the
    /// system's reason why it cannot be read.
    static func readAll(path: String, name: String, prefix: [UInt8] = []) -> Result<[UInt8], InputError> {
        let fd: Int32
        switch FileDescriptor.open(path, name: name) {
        case .success(let opened): fd = opened
        case .failure(let error): return .failure(error)
        }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        var bytes = prefix
        let block = 1 << 16
        if fstat(fd, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                return .failure(InputError(file: name, message: "cannot read: \(String(cString: strerror(EISDIR)))"))
            case S_IFREG:
                bytes.reserveCapacity(Int(info.st_size) + block)  // room for the last read's block
            default:
                break
            }
        }
        while true {
            switch FileDescriptor.read(fd, appendingTo: &bytes, upTo: block) {
            case .failure(let failure):
                return .failure(InputError(file: name, message: "cannot read: \(failure.reason)"))
            case .success(0):
                return .success(bytes)
            case .success:
                continue
            }
        }
    }
}
