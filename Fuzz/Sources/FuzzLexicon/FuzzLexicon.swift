import Foundation
import FuzzSupport
import Lesart

/// Every lexicon format: the shared line parser, then the loader that reads the file.
///
/// Option byte: which lexicon file of ``LexiconFolder/files`` the payload replaces (in a
/// private copy of the lexicons, with the largest lists cut short so one load is quick).
/// Checks: ``LexiconFile`` either throws an error naming the file and a line within it, or
/// returns lines in order, each with fields in the allowed count, none empty, padded or
/// holding a TAB or line break; the loader of that file (language profile, gazetteer or
/// stance lexicon) either loads or throws a lexicon error, and never crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzBytes(data, size)
    let option = input.option()
    let contents = input.rest
    checkLineParser(contents, minFields: Int(option % 4) + 1, maxFields: Int(option % 4) + 1 + Int(option / 64))
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

/// ``LexiconFile`` on `contents` with the given field counts.
private func checkLineParser(_ contents: [UInt8], minFields: Int, maxFields: Int) {
    let lineCount = contents.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let file: LexiconFile
    do {
        file = try LexiconFile(path: "fuzz.tsv", contents: contents, minFields: minFields, maxFields: maxFields)
    } catch {
        FuzzCheck.require(error.file == "fuzz.tsv" && (0...lineCount).contains(error.line), "error \(error) names no line of the file")
        return
    }
    var previous = 0
    for line in file.lines {
        FuzzCheck.require(line.number > previous && line.number <= lineCount, "line number \(line.number) out of order")
        previous = line.number
        FuzzCheck.require((minFields...maxFields).contains(line.fields.count), "line \(line.number) has \(line.fields.count) fields")
        for field in line.fields {
            FuzzCheck.require(!field.isEmpty && field.first != " " && field.last != " "
                && !field.utf8.contains(0x09) && !field.utf8.contains(0x0A), "field \(String(reflecting: field))")
        }
    }
}
