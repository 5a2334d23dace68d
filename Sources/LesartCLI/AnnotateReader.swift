import Foundation
import Lesart

/// The reading side of `annotate` and `tokenize`: walks the inputs in order and hands each
/// document's raw bytes (a JSON line, a text file, a chunk of a large one), each input
/// error and each change of output file to `submit`. It only reads and splits; checking,
/// parsing and annotating happen on the annotating threads (``AnnotateWorker``).
struct AnnotateReader: Sendable {
    let sources: [InputSource]
    /// Text files larger than this are read in chunks; nil reads every file whole (`tokenize`).
    let chunkBytes: Int?
    /// `--max-line` in bytes.
    let maxLineBytes: Int
    /// `--output DIR`, and the extension of the files written there.
    let outputFolder: String?
    let outputExtension: String
    let skipExisting: Bool

    /// The function `submit` is: hands one item on; false when the run stops.
    typealias Submit = (AnnotateItem, Int) -> Bool

    /// Reads every source in order.
    func read(_ submit: Submit) {
        var planned = Set<String>()  // outputs this run writes (a later input of the same name is "existing")
        for source in sources {
            if let failure = source.failure {
                guard send(.failure(id: source.path, idIsJSON: false, message: failure.description), submit) else { return }
                continue
            }
            guard let outputFolder else {
                guard read(source, submit) else { return }
                continue
            }
            let target = (outputFolder as NSString).appendingPathComponent(outputName(for: source.relativePath))
            if skipExisting, planned.contains(target) || FileManager.default.fileExists(atPath: target) {
                guard send(.skipped, submit) else { return }
                continue
            }
            planned.insert(target)
            guard send(.openOutput(path: target), submit), read(source, submit), send(.closeOutput, submit) else { return }
        }
    }

    private func send(_ item: AnnotateItem, _ submit: Submit) -> Bool {
        submit(item, item.size)
    }

    /// Reads one input: the whole file, its chunks, or one item per JSON line.
    private func read(_ source: InputSource, _ submit: Submit) -> Bool {
        let name = source.path == "-" ? "stdin" : source.path
        var format = source.format
        var prefix: [UInt8] = []
        if source.detectsKind, source.path == "-" {
            let detected = InputKindDetector.detect(fd: 0)
            if let failure = detected.failure {
                return send(.failure(id: name, idIsJSON: false, message: "\(name): cannot read: \(failure.reason)"), submit)
            }
            (format, prefix) = (detected.kind, detected.prefix)
        } else if source.detectsKind {
            format = InputKindDetector.kind(ofFile: source.path) ?? format
        }
        switch format {
        case .text:
            if let chunkBytes, let size = source.size, size > chunkBytes {
                return readChunks(source, chunkBytes: chunkBytes, submit)
            }
            switch InputFile.readAll(path: source.path, name: name, prefix: prefix) {
            case .success(let bytes):
                return send(.text(bytes, name: name, chunk: nil), submit)
            case .failure(let error):
                return send(.failure(id: name, idIsJSON: false, message: error.description), submit)
            }
        case .jsonl:
            return readLines(source, name: name, prefix: prefix, submit)
        }
    }

    /// One item per line of a JSON lines input; `prefix` holds bytes already read from standard input.
    private func readLines(_ source: InputSource, name: String, prefix: [UInt8], _ submit: Submit) -> Bool {
        let fd: Int32
        switch FileDescriptor.open(source.path, name: name) {
        case .success(let opened): fd = opened
        case .failure(let error): return send(.failure(id: name, idIsJSON: false, message: error.description), submit)
        }
        defer { if fd != 0 { close(fd) } }
        var reader = LineReader(fd: fd, prefix: prefix, maximumLength: maxLineBytes)
        while let line = reader.next() {
            let item: AnnotateItem
            if let length = reader.lastLineLength {
                let error = InputError(file: "\(name): line \(reader.lineNumber)", message:
                    "the line has \(length) bytes, more than --max-line \(maxLineBytes >> 20) MB (split the text or raise the limit)")
                item = .failure(id: nil, idIsJSON: false, message: error.description)
            } else {
                item = .line(line, number: reader.lineNumber, source: name)
            }
            guard send(item, submit) else { return false }
        }
        if let failure = reader.failure {
            let error = InputError(file: name, message: "cannot read after line \(reader.lineNumber): \(failure)")
            return send(.failure(id: name, idIsJSON: false, message: error.description), submit)
        }
        return true
    }

    /// A large text file as paragraph-aligned chunks, each one item.
    private func readChunks(_ source: InputSource, chunkBytes: Int, _ submit: Submit) -> Bool {
        let name = source.path
        let fd: Int32
        switch FileDescriptor.open(source.path, name: name) {
        case .success(let opened): fd = opened
        case .failure(let error): return send(.failure(id: name, idIsJSON: false, message: error.description), submit)
        }
        defer { close(fd) }
        var reader = ChunkedTextReader(fd: fd, chunkSize: chunkBytes)
        var chunk = TextChunk(index: 0, utf8Offset: 0, scalarOffset: 0, utf16Offset: 0)
        while let next = reader.next() {
            let item: AnnotateItem
            switch next {
            case .failure(let failure):
                item = .failure(id: name, idIsJSON: false, message: "\(name): cannot read: \(failure.reason)")
            case .success(let read):
                item = .text(read, name: name, chunk: chunk)
                chunk = chunk.next(after: read)  // offsets of the file's bytes, also after a repair
            }
            guard send(item, submit) else { return false }
        }
        return true
    }

    /// The output file name for an input: its relative path with the format's extension.
    private func outputName(for relativePath: String) -> String {
        (relativePath as NSString).deletingPathExtension + "." + outputExtension
    }
}
