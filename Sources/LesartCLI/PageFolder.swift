import Foundation
import LesartReports

/// Writes `lesart render --output DIR` pages: one file per document named after its id
/// (characters other than letters, digits, `.`, `-` and `_` replaced by `_`; a number is
/// appended when two ids give the same name), each written whole and renamed into place.
struct PageFolder {
    let path: String
    private var used: Set<String> = []

    init(path: String) { self.path = path }

    func create() throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: path, message: "cannot create the output folder: \(error.localizedDescription)")
        }
    }

    mutating func write(_ record: LesartRecord) throws {
        let name = uniqueName(for: record.id)
        let target = (path as NSString).appendingPathComponent(name)
        let temporary = target + ".part"
        do {
            try Data(DocumentPage(records: [record]).html.utf8).write(to: URL(fileURLWithPath: temporary))
            _ = try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.moveItem(atPath: temporary, toPath: target)
        } catch {
            throw InputError(file: target, message: "cannot write: \(error.localizedDescription)")
        }
    }

    private mutating func uniqueName(for id: String) -> String {
        var safe = String(id.unicodeScalars.map { scalar -> Character in
            let ok = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar)
            return ok ? Character(scalar) : "_"
        })
        if safe.isEmpty || safe.hasPrefix(".") { safe = "doc" + safe }
        var name = safe + ".html"
        var k = 2
        while used.contains(name) {
            name = "\(safe)-\(k).html"
            k += 1
        }
        used.insert(name)
        return name
    }
}
