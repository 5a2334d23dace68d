import Foundation

/// One input of `lesart annotate`: standard input, a named file, or a file found in a folder.
struct InputSource {
    /// Path to open ("-" = standard input).
    let path: String
    /// How the input is read.
    let format: InputFormat
    /// Path relative to the folder named on the command line (the file name for a named
    /// file); the output file for `--output` is this path with the output extension.
    let relativePath: String
    /// Why a folder could not be listed, if it could not.
    var failure: InputError?
    /// Whether `format` is only a default and the first non-blank byte decides
    /// (standard input and files not named *.txt or *.jsonl, without `--input`).
    var detectsKind = false

    /// The inputs for `arguments`: files as given (read as `format`, or when it is nil by
    /// extension, *.txt as text and *.jsonl as JSON lines, otherwise by their first non-blank
    /// byte), folders searched recursively for *.txt (text) and *.jsonl (JSON lines) in sorted
    /// order, standard input (by its first non-blank byte unless `format` says) when
    /// `arguments` is empty.
    static func expand(_ arguments: [String], format: InputFormat?) -> [InputSource] {
        if arguments.isEmpty {
            return [InputSource(path: "-", format: format ?? .jsonl, relativePath: "stdin", detectsKind: format == nil)]
        }
        var sources: [InputSource] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
                  isFolder.boolValue else {
                let name = argument == "-" ? "stdin" : (argument as NSString).lastPathComponent
                let byExtension: InputFormat = (argument as NSString).pathExtension == "txt" ? .text : .jsonl
                let known = argument != "-" && ["txt", "jsonl"].contains((argument as NSString).pathExtension)
                sources.append(InputSource(path: argument, format: format ?? byExtension, relativePath: name,
                                           detectsKind: format == nil && !known))
                continue
            }
            sources += folder(argument)
        }
        return sources
    }

    /// The *.txt and *.jsonl files under `root`, sorted by relative path. A folder named on
    /// the command line is read even when it is a symbolic link; links inside it are not
    /// followed (a link back up the tree would loop or read files twice).
    private static func folder(_ root: String) -> [InputSource] {
        let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL
        var failure: InputError?
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [],
            errorHandler: { url, error in
                failure = InputError(file: url.path, message: "cannot read: \(error.localizedDescription)")
                return true
            })
        else {
            return [InputSource(path: root, format: .text, relativePath: root,
                                failure: InputError(file: root, message: "cannot read folder"))]
        }
        var found: [InputSource] = []
        for case let url as URL in walker {
            let format: InputFormat
            switch url.pathExtension {
            case "txt": format = .text
            case "jsonl": format = .jsonl
            default: continue
            }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count + 1))
            found.append(InputSource(path: (root as NSString).appendingPathComponent(relative),
                                     format: format, relativePath: relative))
        }
        found.sort { $0.relativePath < $1.relativePath }
        if let failure {
            found.append(InputSource(path: failure.file, format: .text, relativePath: failure.file, failure: failure))
        }
        return found
    }

    /// Bytes of the input when it is a regular file (for the ETA).
    var size: Int? {
        guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }
}
