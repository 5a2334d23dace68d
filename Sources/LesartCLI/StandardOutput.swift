import Foundation

/// Writes result bytes to standard output (file descriptor 1) in large blocks. When the
/// reader has gone away (EPIPE, e.g. `lesart … | head`), the program ends quietly with 0.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        if FileDescriptor.writeAll(1, bytes) != nil { exit(0) }
    }
}
