import ArgumentParser
import Foundation
import Lesart

/// `lesart annotate`: tokens, sentences, entities and stances of text files, folders or JSON lines.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate German text: tokens, sentences, named entities and stance relations.",
        discussion: """
            With --input jsonl (the default, except for *.txt files), each line of each
            FILE (or of standard input) is one document {"id": ..., "text": ...}; the
            output has one record per input line, in order, flushed per batch, so lesart
            works as a streaming mapper (Hadoop Streaming, Spark RDD.pipe). With --input
            text, each FILE is one document. A FOLDER is searched recursively for *.txt
            (text) and *.jsonl (JSON lines). Entities carry label (PER, LOC, ORG, OTH),
            canonical name, actor, form (name, derived, part) and the gazetteer id;
            stances holder, target, label, polarity, modality, cue and evidence.

            Examples:
              echo '{"id": 1, "text": "Moskau drohte der Ukraine."}' | lesart annotate
              lesart annotate --input text --format conllu Corpora/de/
              lesart annotate --jobs 2 --output out/ --skip-existing Corpora/
              lesart annotate --stages entities --format vertical Corpora/
            Malformed lines give {"id": ..., "error": "..."} in their place. Exit
            status: 0 all documents succeeded, 1 some failed, 2 usage error. Progress
            (on a terminal) and a closing summary go to standard error; standard
            output holds only results.
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
            let pipeline = try options.pipeline(providing: try layers())
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
        let reader = AnnotateReader(sources: sources, chunkBytes: chunkSize << 20, maxLineBytes: maxLine << 20,
                                    outputFolder: output, outputExtension: format.fileExtension,
                                    skipExisting: skipExisting)
        let run = AnnotateRun(writer: format.writer(offsets: options.offsets), progress: progress)
        annotator.annotate(reader, lossy: options.lossy, into: run)
        progress?.finish()
        let skippedNote = run.skipped > 0 ? ", \(run.skipped) inputs skipped (output exists)" : ""
        StandardError.write("lesart: \(run.statistics.summary)\(skippedNote)\n")
        if run.statistics.errors > 0 || run.writeFailures > 0 { throw ExitCode(1) }
    }
}
