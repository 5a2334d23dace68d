import Foundation
import Lesart

/// One input for a command: a file (or standard input) read whole and checked as UTF-8.
struct InputDocument {
    /// The name used in output ids and messages ("stdin" for standard input).
    let name: String
    let result: Result<Document, InputError>

    /// Reads `path` ("-" = standard input). Invalid UTF-8 is an error naming the byte offset;
    /// with `lossy`, ill-formed sequences become U+FFFD and a warning goes to standard error.
    static func read(path: String, lossy: Bool) -> InputDocument {
        // Standard input is named "stdin" in ids and messages.
        let name = path == "-" ? "stdin" : path
        var bytes: [UInt8]
        switch readAll(path: path, name: name) {
        case .success(let read): bytes = read
        case .failure(let error):
            return InputDocument(name: name, result: .failure(error))
        }
        if let bad = UTF8Validator.firstInvalidOffset(in: bytes) {
            guard lossy else {
                return InputDocument(name: name, result: .failure(
                    InputError(file: name, message: "invalid UTF-8 at byte offset \(bad)")))
            }
            let repaired = UTF8Validator.repaired(bytes)
            bytes = repaired.bytes
            let warning = "lesart: warning: \(name): invalid UTF-8 from byte offset \(bad); "
                + "\(repaired.replacements) sequence(s) replaced by U+FFFD\n"
            StandardError.write(warning)
        }
        return InputDocument(name: name, result: .success(Document(id: name, validatedUTF8: bytes)))
    }
}

/// Reads a whole file ("-" = standard input) straight into a byte array (no second copy),
/// or fails with the system's reason.
private func readAll(path: String, name: String) -> Result<[UInt8], InputError> {
    let fd = path == "-" ? 0 : open(path, O_RDONLY)
    guard fd >= 0 else {
        return .failure(InputError(file: name, message: "cannot read: \(String(cString: strerror(errno)))"))
    }
    defer { if fd != 0 { close(fd) } }
    var info = stat()
    var bytes: [UInt8] = []
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

/// Why an input could not be processed.
struct InputError: Error, CustomStringConvertible {
    let file: String
    let message: String
    var description: String { "\(file): \(message)" }
}
