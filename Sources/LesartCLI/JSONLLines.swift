/// The lines of JSON-lines inputs, one source after another, each with its place for
/// messages ("news.jsonl: line 7"). A source that cannot be opened or read is reported
/// through `failure` and the others are still read.
struct JSONLLines {
    /// One line and where it came from.
    struct Line {
        let bytes: [UInt8]
        let source: String
        let number: Int
        var place: String { "\(source): line \(number)" }
    }

    /// Calls `body` for every line of every source, in order; `failure` gets the sources
    /// that could not be read (with the lines read before the failure already passed on).
    static func forEach(in sources: [InputSource], failure: (InputError) -> Void, _ body: (Line) -> Void) {
        for source in sources {
            if let error = source.failure {
                failure(error)
                continue
            }
            let name = source.path == "-" ? "stdin" : source.path
            let fd: Int32
            switch FileDescriptor.open(source.path, name: name) {
            case .success(let opened): fd = opened
            case .failure(let error):
                failure(error)
                continue
            }
            var reader = LineReader(fd: fd)
            while let bytes = reader.next() {
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                body(Line(bytes: bytes, source: name, number: reader.lineNumber))
            }
            if let reason = reader.failure { failure(InputError(file: name, message: "cannot read: \(reason)")) }
            if fd != 0 { _ = Foundation.close(fd) }
        }
    }
}

import Foundation
