import ArgumentParser
import Foundation
import Lesart

/// The `lesart` executable.
@main
struct LesartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesart",
        abstract: "German tokens, sentences, named entities and stance relations between actors.",
        discussion: """
            Examples:
              lesart tokenize Corpora/de/russland-allianzen.txt
              echo "Am 3. Okt. kam Dr. Müller, z. B. mit der EU." | lesart tokenize
              lesart tokenize --format jsonl --offsets utf16 a.txt b.txt
              lesart tokenize --convention ud --format conllu text.txt
              echo '{"id": 1, "text": "Moskau drohte der Ukraine."}' | lesart annotate
              lesart lexicon check
            """,
        subcommands: [TokenizeCommand.self, AnnotateCommand.self, ExplainCommand.self, LexiconCommand.self, RenderCommand.self, NetworkCommand.self]
    )

    /// Parses, runs, and maps outcomes to exit codes: 0 success, 1 some documents failed,
    /// 2 usage error. A closed standard output ends the program quietly.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        configureAllocator()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Self.exit(withError: error)
            }
            let message = fullMessage(for: error)
            StandardError.write(message + "\n")
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

extension LesartCommand {
    /// Two settings of glibc's allocator, made once at start-up:
    ///
    /// - Arrays of 4 MB and more (a large chunk's tokens, lookups and entities) are mapped
    ///   and unmapped on their own instead of being carved from the heap. By default glibc
    ///   raises that threshold after the first large block is freed, up to 32 MB, and the
    ///   heap of each worker thread then keeps its largest chunk's peak after the chunk is
    ///   written: with two workers a 100 MB single-line file peaked at 360 MB instead of 240.
    ///   Documents of ordinary size never allocate blocks that large.
    /// - A heap gives freed memory at its top back to the system only beyond 8 MB, not
    ///   beyond the default 128 KB (fixed once the first setting is made). A worker's heap
    ///   top rises and falls by a few hundred kilobytes with every news article; given back
    ///   each time, the pages were faulted in and zeroed again for the next one: with
    ///   `--jobs 2` 12 to 20 thousand page faults on 28 MB of articles instead of 10 thousand.
    static func configureAllocator() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which Swift's Glibc module does not import.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {  // RTLD_DEFAULT
            let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
            _ = mallopt(mmapThreshold, 4 << 20)
            _ = mallopt(trimThreshold, 8 << 20)
        }
        #endif
    }
}
