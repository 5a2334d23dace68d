import ArgumentParser
import Foundation
import Lesart

/// `lesart annotate`: tokens, sentences and entities of text files or JSON lines.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate German text: tokens, sentences and named entities.",
        discussion: """
            With --input jsonl (the default), each line of each FILE (or of standard input)
            is one document {"id": ..., "text": ...}; the output has one record per input
            line, in order, so lesart works as a streaming mapper. With --input text, each
            FILE is one document.
            Entities carry label (PER, LOC, ORG, OTH), canonical name, actor, form
            (name, derived, part) and the gazetteer id.

            Examples:
              echo '{"id": 1, "text": "Moskau drohte der Ukraine."}' | lesart annotate
              lesart annotate --input text --format conllu Corpora/de/russland-allianzen.txt
            Malformed lines give {"id": ..., "error": "..."} in their place. Exit status:
            0 all documents succeeded, 1 some failed, 2 usage error.
            """
    )

    @Option(help: "Input: jsonl (one {\"id\", \"text\"} object per line) or text (each file one document).")
    var input: InputFormat = .jsonl

    @Option(help: "Output format: jsonl, conllu or vertical.")
    var format: OutputFormat = .jsonl

    @OptionGroup var options: ProcessingOptions


    @Argument(help: "Input files. Standard input when none is given.")
    var files: [String] = []

    func run() throws {
        let pipeline: AnnotatePipeline
        do {
            pipeline = try AnnotatePipeline(lexicons: options.lexicons, convention: options.convention)
        } catch {
            throw ValidationError("\(error)")
        }
        let writer = format.writer(offsets: options.offsets)
        var out = OutputBuffer(flushThreshold: 1 << 20, sink: StandardOutput.write)
        var failures = 0
        func emit(id: String?, _ result: Result<Document, InputError>) {
            switch result {
            case .success(var document):
                pipeline.annotate(&document)
                writer.write(document, to: &out)
            case .failure(let error):
                failures += 1
                FileHandle.standardError.write(Data("lesart: \(error)\n".utf8))
                writer.writeError(id: id, message: error.description, to: &out)
            }
            out.flushIfFull()
        }
        for path in files.isEmpty ? ["-"] : files {
            switch input {
            case .text:
                let document = InputDocument.read(path: path, lossy: options.lossy)
                emit(id: document.name, document.result)
            case .jsonl:
                let name = path == "-" ? "stdin" : path
                let fd = path == "-" ? 0 : open(path, O_RDONLY)
                guard fd >= 0 else {
                    emit(id: name, .failure(InputError(file: name, message: "cannot read: \(String(cString: strerror(errno)))")))
                    continue
                }
                var reader = LineReader(fd: fd)
                while let line = reader.next() {
                    let record = JSONLRecord.document(from: line, number: reader.lineNumber, source: name, lossy: options.lossy)
                    emit(id: record.id, record.result)
                }
                if fd != 0 { close(fd) }
            }
        }
        out.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}
