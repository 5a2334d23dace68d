import Lesart

/// The one check every input goes through: valid UTF-8 passes; invalid UTF-8 is an error
/// naming the byte offset, or with `--lossy` is repaired (U+FFFD) with a warning.
enum UTF8Check {
    /// The outcome for `bytes` read from `place` ("doc.txt", "stdin: line 7").
    /// - Parameters:
    ///   - offsetBase: added to the reported offset (where `bytes` start in the file).
    ///   - context: appended to the offset in messages (" of the line").
    static func checked(_ bytes: [UInt8], lossy: Bool, place: String, offsetBase: Int = 0,
                        context: String = "") -> Result<[UInt8], InputError> {
        guard let bad = UTF8Validator.firstInvalidOffset(in: bytes) else { return .success(bytes) }
        let offset = "byte offset \(offsetBase + bad)\(context)"
        guard lossy else { return .failure(InputError(file: place, message: "invalid UTF-8 at \(offset)")) }
        let repaired = UTF8Validator.repaired(bytes)
        StandardError.write("lesart: warning: \(place): invalid UTF-8 from \(offset); "
            + "\(repaired.replacements) sequence(s) replaced by U+FFFD\n")
        return .success(repaired.bytes)
    }
}
