import Foundation
import Testing

/// Folders given to `lesart annotate`: symbolic links inside are not followed, so a link back
/// up the tree neither loops nor reads a file twice; a folder named as a link is read.
@Suite("Folder walk")
struct FolderWalkTests {
    /// Creates the folder `path` inside `dir` with one text file, `t.txt`; returns the folder.
    @discardableResult
    static func folderWithText(in dir: URL, at path: String) throws -> URL {
        let folder = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Kiew dankt Berlin.".utf8).write(to: folder.appendingPathComponent("t.txt"))
        return folder
    }

    @Test("a symlink loop in a folder tree: each file read once, the walk ends")
    func symlinkLoop() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inner = try Self.folderWithText(in: dir, at: "a/b")
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("up").path, withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("self").path, withDestinationPath: ".")
        let result = try CLI.run(["annotate", "--stages", "tokens", dir.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.lines.count == 1)
        #expect(result.out.contains("a/b/t.txt"))
    }

    @Test("a folder named through a symbolic link is read, with paths as named")
    func linkedFolder() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.folderWithText(in: dir, at: "real/sub")
        let link = dir.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real")
        for argument in [link, link + "/"] {
            let result = try CLI.run(["annotate", "--stages", "tokens", argument])
            #expect(result.status == 0, "\(result.err)")
            #expect(result.lines.count == 1, "\(argument): \(result.out)")
            #expect(result.out.contains("sub/t.txt"))
        }
    }
}
