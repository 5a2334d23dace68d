import FuzzSupport
import Lesart

/// The reader of each lexicon file, on fuzzed contents: the per-file decoders the loaders
/// themselves call (language profile, gazetteer, stance lexicon), with every validation of
/// the file's lines, but no whole load (no gazetteer compile): thousands of inputs a second.
///
/// Option byte: which lexicon file of ``LexiconDecoders/files`` the payload stands for
/// (`option % files.count`, as `Fuzz/make_seeds.py` writes the seeds).
/// Checks: the decoder returns entries or throws a ``LexiconError`` naming the file, a line
/// of it (≥ 1) and a reason; the entries' lines are in order and in the file, their keys
/// non-empty fields (no TAB, no line break); never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexiconLoad(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzBytes(data, size)
    let option = input.option()
    let contents = input.rest
    let decoders = LexiconDecoders.shared
    let file = decoders.files[Int(option) % decoders.files.count]
    let lineCount = contents.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let (path, result) = decoders.decode(file, contents: contents)
    switch result {
    case .success(let decoded):
        FuzzCheck.require(decoded.path == path, "\(file): decoded as \(decoded.path)")
        var previous = 0
        for entry in decoded.entries {
            FuzzCheck.require(entry.line > previous && entry.line <= lineCount,
                              "\(file): entry of line \(entry.line) after line \(previous), \(lineCount) lines")
            previous = entry.line
            FuzzCheck.require(!entry.key.isEmpty && !entry.key.utf8.contains(0x09) && !entry.key.utf8.contains(0x0A),
                              "\(file):\(entry.line): key \(String(reflecting: entry.key))")
        }
    case .failure(let error):
        FuzzCheck.require(error.file == path && (1...lineCount).contains(error.line) && !error.reason.isEmpty,
                          "\(file): error \(error) names no line of \(path) (\(lineCount) lines)")
    }
    return 0
}
