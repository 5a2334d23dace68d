import Foundation

/// Writes result bytes to standard output (file descriptor 1) in large blocks. When the
/// reader has gone away (EPIPE, e.g. `lesart … | head`), the program ends quietly with 0;
/// any other write error (a full disk: ENOSPC) ends it with a message and exit status 1,
/// so a truncated output is never taken for a complete one.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        end(FileDescriptor.writeAll(1, bytes))
    }

    /// Writes `blocks` in order, gathered (``FileDescriptor/writeAll(_:blocks:)``).
    static func write(blocks: [[UInt8]]) {
        end(FileDescriptor.writeAll(1, blocks: blocks))
    }

    /// Ends the program after a failed write: quietly when the reader has gone away.
    private static func end(_ failure: FileDescriptor.WriteFailure?) {
        guard let failure else { return }
        if failure.code == EPIPE { exit(0) }
        StandardError.write("lesart: cannot write standard output: \(failure.reason)\n")
        exit(1)
    }
}
