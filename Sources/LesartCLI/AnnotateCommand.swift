import ArgumentParser
import Foundation
import Lesart

/// `lesart annotate`: tokens, sentences, entities and stances of text files, folders or JSON lines.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate German text: tokens, sentences, named entities and stance relations.",
        discussion: """
            With --input jsonl (the default, except for *.txt files), each line of each FILE (or of standard input)
            is one document {"id": ..., "text": ...}; the output has one record per input
            line, in order, flushed per batch, so lesart works as a streaming mapper (Hadoop
            Streaming, Spark RDD.pipe). With --input text, each FILE is one document.
            A FOLDER is searched recursively for *.txt (text) and *.jsonl (JSON lines).
            Entities carry label (PER, LOC, ORG, OTH), canonical name, actor, form
            (name, derived, part) and the gazetteer id; stances holder, target, label,
            polarity, modality, cue and evidence.

            Examples:
              echo '{"id": 1, "text": "Moskau drohte der Ukraine."}' | lesart annotate
              lesart annotate --input text --format conllu Corpora/de/russland-allianzen.txt
              lesart annotate --jobs 2 --output out/ --skip-existing Corpora/
              lesart annotate --stages entities --format vertical Corpora/
            Malformed lines give {"id": ..., "error": "..."} in their place. Exit status:
            0 all documents succeeded, 1 some failed, 2 usage error. Progress (on a terminal)
            and a closing summary go to standard error; standard output holds only results.
            """
    )

    @Option(help: "Input: jsonl (one {\"id\", \"text\"} object per line) or text (each file one document). Default: *.txt text, *.jsonl jsonl; standard input and other files jsonl when their first non-blank byte is '{', text otherwise.")
    var input: InputFormat?

    @Option(help: "Output format: jsonl, conllu or vertical.")
    var format: OutputFormat = .jsonl

    @OptionGroup var options: ProcessingOptions

    @Option(help: "Layers to produce, comma-separated (tokens, sentences, entities, stances); the stages up to the last one needed run.")
    var stages: String = "stances"

    @Option(help: "Threads (default: the number of cores). Output order and bytes do not depend on it.")
    var jobs: Int?

    @Option(help: "Write one output file per input file into this folder (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "With --output: skip inputs whose output file exists (resume an interrupted run).")
    var skipExisting = false

    @Option(help: "With --input text, files larger than this many MB are read in paragraph-aligned chunks, one record each, with offsets relative to the file.")
    var chunkSize: Int = 12

    @Option(help: "With --input jsonl, a line longer than this many MB is not read but gives an error record (memory stays bounded).")
    var maxLine: Int = 64

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Argument(help: "Input files or folders. Standard input when none is given.")
    var files: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1 (MB)") }
        if maxLine < 1 { throw ValidationError("--max-line must be at least 1 (MB)") }
        if skipExisting, output == nil { throw ValidationError("--skip-existing needs --output") }
        _ = try layers()
    }

    /// The layers named by `--stages`.
    func layers() throws -> Annotations {
        var layers: Annotations = []
        for name in stages.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let layer = Annotations.named.first(where: { $0.0 == name })?.1 else {
                throw ValidationError("--stages: unknown layer '\(name)' (tokens, sentences, entities, stances)")
            }
            layers.insert(layer)
        }
        return layers
    }

    func run() throws {
        let annotator: ParallelAnnotator
        do {
            let pipeline = try Pipeline.german(lexicons: options.lexicons, convention: options.convention,
                                               providing: try layers())
            annotator = try ParallelAnnotator(pipeline: pipeline,
                                              jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ValidationError("\(error)")
        }
        let sources = InputSource.expand(files, format: input)
        let sizes = sources.map(\.size)
        let total = sizes.contains(where: { $0 == nil }) ? nil : sizes.reduce(0) { $0 + ($1 ?? 0) }
        let progress = ProgressReporter(quiet: quiet, totalBytes: total)
        let run = AnnotateRun(annotator: annotator, writer: format.writer(offsets: options.offsets),
                              progress: progress, sink: StandardOutput.write)
        var skipped = 0
        var writeFailures = 0
        for source in sources {
            if let failure = source.failure {
                run.add(id: source.path, .failure(failure))
                continue
            }
            guard let output else {
                read(source, into: run)
                continue
            }
            let target = (output as NSString).appendingPathComponent(outputName(for: source.relativePath))
            if skipExisting, FileManager.default.fileExists(atPath: target) {
                skipped += 1
                continue
            }
            do {
                let file = try OutputFile(path: target)
                run.redirect(to: file.write)
                read(source, into: run)
                run.redirect(to: StandardOutput.write)
                try file.commit()
            } catch {
                writeFailures += 1
                StandardError.write("lesart: \(error)\n")
            }
        }
        run.finishBatch()
        progress?.finish()
        let skippedNote = skipped > 0 ? ", \(skipped) inputs skipped (output exists)" : ""
        StandardError.write("lesart: \(run.statistics.summary)\(skippedNote)\n")
        if run.statistics.errors > 0 || writeFailures > 0 { throw ExitCode(1) }
    }

    /// Feeds the documents of one input to the run: the whole file, or one per JSON line.
    private func read(_ source: InputSource, into run: AnnotateRun) {
        let name = source.path == "-" ? "stdin" : source.path
        var format = source.format
        var prefix: [UInt8] = []
        if source.detectsKind, source.path == "-" {
            let detected = InputKindDetector.detect(fd: 0)
            if let failure = detected.failure {
                return run.add(id: name, .failure(InputError(file: name, message: "cannot read: \(failure.reason)")))
            }
            (format, prefix) = (detected.kind, detected.prefix)
        } else if source.detectsKind {
            format = InputKindDetector.kind(ofFile: source.path) ?? format
        }
        switch format {
        case .text:
            if let size = source.size, size > chunkSize << 20 {
                readChunks(source, into: run)
                return
            }
            let document = InputDocument.read(path: source.path, lossy: options.lossy, prefix: prefix)
            run.add(id: document.name, document.result)
        case .jsonl:
            readLines(source, prefix: prefix, into: run)
        }
    }

    /// Feeds each line of a JSON lines input to the run as one document; `prefix` holds bytes
    /// already read from standard input.
    private func readLines(_ source: InputSource, prefix: [UInt8], into run: AnnotateRun) {
        let name = source.path == "-" ? "stdin" : source.path
        let fd: Int32
        switch FileDescriptor.open(source.path, name: name) {
        case .success(let opened): fd = opened
        case .failure(let error): return run.add(id: name, .failure(error))
        }
        defer { if fd != 0 { close(fd) } }
        var reader = LineReader(fd: fd, prefix: prefix, maximumLength: maxLine << 20)
        while let line = reader.next() {
            if let length = reader.lastLineLength {
                run.add(id: nil, .failure(InputError(file: "\(name): line \(reader.lineNumber)", message:
                    "the line has \(length) bytes, more than --max-line \(maxLine) MB (split the text or raise the limit)")))
                continue
            }
            let record = JSONLRecord.document(from: line, number: reader.lineNumber, source: name, lossy: options.lossy)
            run.add(id: record.id, idIsJSON: record.idIsJSON, record.result)
        }
        if let failure = reader.failure {
            run.add(id: name, .failure(InputError(
                file: name, message: "cannot read after line \(reader.lineNumber): \(failure)")))
        }
    }

    /// Feeds a large text file to the run as paragraph-aligned chunks, each one record.
    private func readChunks(_ source: InputSource, into run: AnnotateRun) {
        let name = source.path
        let fd: Int32
        switch FileDescriptor.open(source.path, name: name) {
        case .success(let opened): fd = opened
        case .failure(let error): return run.add(id: name, .failure(error))
        }
        defer { close(fd) }
        var reader = ChunkedTextReader(fd: fd, chunkSize: chunkSize << 20)
        var chunk = TextChunk(index: 0, utf8Offset: 0, scalarOffset: 0, utf16Offset: 0)
        while let next = reader.next() {
            switch next {
            case .failure(let failure):
                run.add(id: name, .failure(InputError(file: name, message: "cannot read: \(failure.reason)")))
            case .success(let read):
                let place = "chunk \(chunk.index + 1) at byte offset \(chunk.utf8Offset)"
                let bytes: [UInt8]
                switch UTF8Check.checked(read, lossy: options.lossy, place: name, offsetBase: chunk.utf8Offset,
                                         context: " (\(place))") {
                case .success(let checked):
                    bytes = checked
                case .failure(let error):
                    run.add(id: name, .failure(error))
                    chunk = chunk.next(after: read)
                    continue
                }
                var document = Document(id: name, validatedUTF8: bytes)
                document.chunk = chunk
                chunk = chunk.next(after: read)  // offsets of the file's bytes, also after a repair
                run.add(id: name, .success(document))
            }
        }
    }

    /// The output file name for an input: its relative path with the format's extension.
    private func outputName(for relativePath: String) -> String {
        (relativePath as NSString).deletingPathExtension + "." + format.fileExtension
    }
}
