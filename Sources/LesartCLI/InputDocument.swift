import Foundation
import Lesart

/// One input for a command: a file (or standard input) read whole and checked as UTF-8.
struct InputDocument {
    /// The name used in output ids and messages ("-" for standard input).
    let name: String
    let result: Result<Document, InputError>

    /// Reads `path` ("-" = standard input). Invalid UTF-8 is an error naming the byte offset;
    /// with `lossy`, ill-formed sequences become U+FFFD and a warning goes to standard error.
    static func read(path: String, lossy: Bool) -> InputDocument {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
                return InputDocument(name: path, result: .failure(InputError(file: path, message: "cannot read: \(reason)")))
            }
        }
        var bytes = [UInt8](data)
        if let bad = UTF8Validator.firstInvalidOffset(in: bytes) {
            guard lossy else {
                return InputDocument(name: path, result: .failure(
                    InputError(file: path, message: "invalid UTF-8 at byte offset \(bad)")))
            }
            let repaired = UTF8Validator.repaired(bytes)
            bytes = repaired.bytes
            let warning = "lesart: warning: \(path): invalid UTF-8 from byte offset \(bad); "
                + "\(repaired.replacements) sequence(s) replaced by U+FFFD\n"
            FileHandle.standardError.write(Data(warning.utf8))
        }
        return InputDocument(name: path, result: .success(Document(id: path, validatedUTF8: bytes)))
    }
}

/// Why an input could not be processed.
struct InputError: Error, CustomStringConvertible {
    let file: String
    let message: String
    var description: String { "\(file): \(message)" }
}
