import ArgumentParser
import Foundation
import Lesart

/// `lesart tokenize`: tokens and sentences of text files or standard input.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split German text into tokens and sentences.",
        discussion: """
            Each FILE (or standard input when none is given) is one document.
            Formats:
              vertical  one token per line, a blank line after each sentence (default)
              jsonl     one JSON object per document: id, text, sentences, tokens
              conllu    Universal Dependencies CoNLL-U (# sent_id, # text, SpaceAfter=No)
            Conventions:
              empirist  EmpiriST 2015 / SoMaJo: hyphenated compounds stay one token
                        (default)
              ud        UD German: hyphens between words are tokens of their own; a
                        semicolon before a sentence-opening word ends a sentence, a
                        colon does not

            Examples:
              lesart tokenize Corpora/de/russland-allianzen.txt
              echo "Er kam am 3. Okt. z. B. mit 1.000,50 €." | lesart tokenize
              lesart tokenize --format jsonl --offsets utf16 a.txt b.txt
              lesart tokenize --jobs 2 --format conllu --convention ud *.txt > ud.conllu
            Exit status: 0 all documents succeeded, 1 some failed (an error record
            stands in their place), 2 usage error.
            """
    )

    @Option(help: "Output format: vertical, jsonl or conllu.")
    var format: OutputFormat = .vertical

    @OptionGroup var options: ProcessingOptions

    @Flag(help: "Segment everything with ICU, without the byte-level Latin fast path (same output, slower).")
    var icuOnly = false

    @Option(help: "Threads (default: the number of cores). Output order and bytes do not depend on it.")
    var jobs: Int?

    @Argument(help: "Text files (UTF-8). Standard input when none is given.")
    var files: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let annotator: ParallelAnnotator
        do {
            let profile = try options.language.profile(lexicons: options.lexicons)
            let tokenizer = Tokenizer(profile: profile, convention: options.convention, usesFastPath: !icuOnly)
            let pipeline = try Pipeline([TokenizationStage(tokenizer: tokenizer),
                                         SentenceStage(splitter: SentenceSplitter(profile: profile, convention: options.convention))])
            annotator = try ParallelAnnotator(pipeline: pipeline,
                                              jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            throw ValidationError("\(error)")
        }
        // Each FILE is one document, read whole (no folders, no chunks, never JSON lines).
        let sources = (files.isEmpty ? ["-"] : files).map {
            InputSource(path: $0, format: .text, relativePath: $0)
        }
        let reader = AnnotateReader(sources: sources, chunkBytes: nil, maxLineBytes: .max, outputFolder: nil,
                                    outputExtension: format.fileExtension, skipExisting: false)
        let run = AnnotateRun(writer: format.writer(offsets: options.offsets), progress: nil)
        annotator.annotate(reader, lossy: options.lossy, into: run)
        if run.statistics.errors > 0 { throw ExitCode(1) }
    }
}
