import Foundation

/// Writes result bytes to standard output (file descriptor 1) in large blocks. When the
/// reader has gone away (EPIPE, e.g. `lesart … | head`), the program ends quietly with 0;
/// any other write error (a full disk: ENOSPC) ends it with a message and exit status 1,
/// so a truncated output is never taken for a complete one.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        guard let failure = FileDescriptor.writeAll(1, bytes) else { return }
        if failure.code == EPIPE { exit(0) }
        StandardError.write("lesart: cannot write standard output: \(failure.reason)\n")
        exit(1)
    }
}
