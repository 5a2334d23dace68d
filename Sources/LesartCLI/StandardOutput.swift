import Foundation

/// Writes result bytes to standard output (file descriptor 1) in large blocks. When the
/// reader has gone away (EPIPE, e.g. `lesart … | head`), the program ends quietly with 0.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    exit(0)
                }
                offset += n
            }
        }
    }
}
