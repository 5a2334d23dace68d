import Foundation

/// Messages for people: warnings, errors, progress and the summary (never results).
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }
}
