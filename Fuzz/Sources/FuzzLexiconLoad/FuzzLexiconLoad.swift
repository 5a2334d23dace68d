import Foundation
import FuzzSupport
import Lesart

/// Every lexicon format: the shared line parser, then the loader that reads the file.
/// A whole load per input (a few inputs a second); `FuzzLexicon` runs the parser alone.
///
/// Option byte: which lexicon file of ``LexiconFolder/files`` the payload replaces (in a
/// private copy of the lexicons, with the largest lists cut short so one load is quick),
/// and the field counts of the parser check (``LexiconLineCheck/fields(option:)``).
/// Checks: ``LexiconLineCheck/check(_:fields:)``; the loader of that file (language
/// profile, gazetteer or stance lexicon) either loads or throws a lexicon error, and never
/// crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexiconLoad(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzBytes(data, size)
    let option = input.option()
    let contents = input.rest
    LexiconLineCheck.check(contents, fields: LexiconLineCheck.fields(option: option))
    let folder = LexiconFolder.shared
    let file = LexiconFolder.files[Int(option) % LexiconFolder.files.count]
    folder.replace(file, with: contents)
    defer { folder.restore(file) }
    do {
        switch file.split(separator: "/").first {
        case "gazetteer":
            _ = try Gazetteer(lexicons: folder.root, tokenizer: Tokenizer(profile: folder.profile))
        case "stance":
            _ = try StanceLexicon(lexicons: folder.root)
        default:
            _ = try LanguageProfile(language: "de", lexicons: folder.root)
        }
    } catch {
        let message = "\(error)"
        FuzzCheck.require(!message.isEmpty, "an empty error")
    }
    return 0
}
