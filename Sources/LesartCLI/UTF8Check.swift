import Lesart

/// The one check every input goes through: valid UTF-8 passes; invalid UTF-8 is an error
/// naming the byte offset, or with `--lossy` is repaired (U+FFFD) with a warning.
enum UTF8Check {
    /// The outcome for `bytes` read from `place` ("doc.txt", "stdin: line 7"); a warning
    /// goes to standard error.
    /// - Parameters:
    ///   - offsetBase: added to the reported offset (where `bytes` start in the file).
    ///   - context: appended to the offset in messages (" of the line").
    static func checked(_ bytes: [UInt8], lossy: Bool, place: String, offsetBase: Int = 0,
                        context: String = "") -> Result<[UInt8], InputError> {
        var warnings: [String] = []
        let result = checked(bytes, lossy: lossy, place: place, offsetBase: offsetBase, context: context,
                             warnings: &warnings)
        warnings.forEach(StandardError.write)
        return result
    }

    /// As above, but a warning (a whole line for standard error) is appended to `warnings`,
    /// for a worker thread whose messages are written in input order by the writer.
    static func checked(_ bytes: [UInt8], lossy: Bool, place: String, offsetBase: Int = 0,
                        context: String = "", warnings: inout [String]) -> Result<[UInt8], InputError> {
        guard let bad = UTF8Validator.firstInvalidOffset(in: bytes) else { return .success(bytes) }
        let offset = "byte offset \(offsetBase + bad)\(context)"
        guard lossy else { return .failure(InputError(file: place, message: "invalid UTF-8 at \(offset)")) }
        let repaired = UTF8Validator.repaired(bytes)
        warnings.append("lesart: warning: \(place): invalid UTF-8 from \(offset); "
            + "\(repaired.replacements) sequence(s) replaced by U+FFFD\n")
        return .success(repaired.bytes)
    }
}
