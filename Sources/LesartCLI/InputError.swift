/// Why an input could not be processed.
struct InputError: Error, CustomStringConvertible {
    let file: String
    let message: String
    var description: String { "\(file): \(message)" }
}
