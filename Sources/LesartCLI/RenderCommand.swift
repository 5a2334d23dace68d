import ArgumentParser
import Foundation
import Lesart
import LesartReports

/// `lesart render`: a self-contained HTML page per document, or one page for a batch.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write annotated documents as self-contained HTML pages (entities, stance records, evidence).",
        discussion: """
            Reads Lesart JSONL (annotated, or plain {"id", "text"} lines, which are
            annotated first) or text files (annotated first). Writes one page for all
            documents to standard output, or with --output one page per document into
            a folder.

            Examples:
              lesart render Corpora/de/russland-allianzen.txt > page.html
              lesart annotate Corpora/ | lesart render > batch.html
              echo "Teheran lieferte Moskau Drohnen." | lesart render > one.html
              lesart render --output pages/ annotated.jsonl
            """
    )

    @Option(help: "Input format: text (one document per file) or jsonl. Default: *.txt as text, other files as jsonl, standard input by its first character.")
    var input: InputFormat?

    @Option(help: "Write one page per document into this folder instead of one page to standard output.")
    var output: String?

    @Option(help: "The page title (default: the document id, or the number of documents).")
    var title: String?

    @Option(help: "Most documents on one page; more need --output.")
    var maxDocuments = 200

    @OptionGroup var language: LanguageOption

    @Option(help: "Token convention for text that is annotated first: empirist or ud.")
    var convention: Convention = .empirist

    @Option(help: "Folder holding the lexicons (default: $LESART_LEXICONS or the bundled Lexicons/).")
    var lexicons: String?

    @Argument(help: "Files or folders (*.txt, *.jsonl). Standard input when none is given.")
    var files: [String] = []

    func run() throws {
        let annotator = LazyAnnotator(language: language, lexicons: lexicons, convention: convention)
        let (sources, standardInput) = expandedSources()
        var reader = RenderInput(annotator: annotator, standardInput: standardInput)
        var page: [LesartRecord] = []
        var writer = output.map { PageFolder(path: $0) }
        try writer?.create()
        var tooMany = false
        for source in sources {
            try reader.read(source) { record in
                if var folder = writer {
                    try folder.write(record)
                    writer = folder
                } else if page.count < maxDocuments {
                    page.append(record)
                } else {
                    tooMany = true
                }
            }
        }
        if writer == nil {
            StandardOutput.write(Array(DocumentPage(records: page, title: title).html.utf8))
        }
        if tooMany {
            StandardError.write("lesart: more than \(maxDocuments) documents: the page shows the first \(maxDocuments); "
                + "use --output DIR for one page per document, or --max-documents\n")
        }
        if tooMany || reader.failures > 0 { throw ExitCode(1) }
    }

    /// The inputs; standard input without --input is text unless it starts with `{`.
    private func expandedSources() -> ([InputSource], [UInt8]?) {
        guard files.isEmpty, input == nil else { return (InputSource.expand(files, format: input), nil) }
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        return ([InputSource(path: "-", format: RenderInput.sniff(bytes), relativePath: "stdin")], bytes)
    }
}
