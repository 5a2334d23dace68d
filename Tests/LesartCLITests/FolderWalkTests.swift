import Foundation
import Testing

/// Folders given to `lesart annotate`: symbolic links are not followed, so a link back up
/// the tree neither loops nor reads a file twice.
@Suite("Folder walk")
struct FolderWalkTests {
    @Test("a symlink loop in a folder tree: each file read once, the walk ends")
    func symlinkLoop() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inner = dir.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("Kiew dankt Berlin.".utf8).write(to: inner.appendingPathComponent("t.txt"))
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("up").path, withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("self").path, withDestinationPath: ".")
        let result = try CLI.run(["annotate", "--stages", "tokens", dir.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.lines.count == 1)
        #expect(result.out.contains("a/b/t.txt"))
    }
}
