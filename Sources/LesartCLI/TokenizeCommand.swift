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
              jsonl     one JSON object per document: id, text, sentences, tokens with offsets
              conllu    Universal Dependencies CoNLL-U (# sent_id, # text, SpaceAfter=No)
            Conventions:
              empirist  EmpiriST 2015 / SoMaJo: hyphenated compounds stay one token (default)
              ud        UD German: hyphens between words are tokens of their own; a semicolon
                        before a sentence-opening word ends a sentence, a colon does not

            Examples:
              lesart tokenize Corpora/de/russland-allianzen.txt
              echo "Er kam am 3. Okt. z. B. mit 1.000,50 €." | lesart tokenize
              lesart tokenize --format jsonl --offsets utf16 a.txt b.txt
            Exit status: 0 all documents succeeded, 1 some failed (an error record stands in
            their place), 2 usage error.
            """
    )

    @Option(help: "Output format: vertical, jsonl or conllu.")
    var format: OutputFormat = .vertical

    @OptionGroup var options: ProcessingOptions

    @Flag(help: "Segment everything with ICU, without the byte-level Latin fast path (same output, slower).")
    var icuOnly = false


    @Argument(help: "Text files (UTF-8). Standard input when none is given.")
    var files: [String] = []

    func run() throws {
        let profile: LanguageProfile
        do {
            profile = try LanguageProfile.german(lexicons: options.lexicons)
        } catch {
            throw ValidationError("\(error)")
        }
        let tokenizer = Tokenizer(profile: profile, convention: options.convention, usesFastPath: !icuOnly)
        let session = try tokenizer.makeSession()
        let splitter = SentenceSplitter(profile: profile, convention: options.convention)
        let writer = format.writer(offsets: options.offsets)
        var out = OutputBuffer(flushThreshold: 1 << 20, sink: StandardOutput.write)
        var failures = 0
        for path in files.isEmpty ? ["-"] : files {
            let input = InputDocument.read(path: path, lossy: options.lossy)
            switch input.result {
            case .success(var document):
                session.tokenize(&document)
                splitter.split(&document)
                writer.write(document, to: &out)
            case .failure(let error):
                failures += 1
                StandardError.write("lesart: \(error)\n")
                writer.writeError(id: input.name, message: error.description, to: &out)
            }
            out.flushIfFull()
        }
        out.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}
