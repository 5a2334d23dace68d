import Foundation
import Lesart

/// One input for a command: a file (or standard input) read whole and checked as UTF-8.
struct InputDocument {
    /// The name used in output ids and messages ("stdin" for standard input).
    let name: String
    let result: Result<Document, InputError>

    /// Reads `path` ("-" = standard input). Invalid UTF-8 is an error naming the byte offset;
    /// with `lossy`, ill-formed sequences become U+FFFD and a warning goes to standard error.
    /// `prefix` holds bytes already read from standard input.
    static func read(path: String, lossy: Bool, prefix: [UInt8] = []) -> InputDocument {
        // Standard input is named "stdin" in ids and messages.
        let name = path == "-" ? "stdin" : path
        let checked = readAll(path: path, name: name, prefix: prefix).flatMap { UTF8Check.checked($0, lossy: lossy, place: name) }
        return InputDocument(name: name, result: checked.map { Document(id: name, validatedUTF8: $0) })
    }
}

/// Reads a whole file ("-" = standard input) straight into a byte array (no second copy)
/// after `prefix`, or fails with the system's reason.
private func readAll(path: String, name: String, prefix: [UInt8]) -> Result<[UInt8], InputError> {
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
