import Foundation
import Testing

/// `lesart render` end to end: text and JSONL in, one self-contained page (or one page per
/// document) out, bad lines shown in place and reported.
@Suite("lesart render")
struct RenderCommandTests {
    @Test("text on standard input is annotated and drawn: entities, cue and record")
    func text() throws {
        let result = try CLI.run(["render"], stdin: Data("Teheran lieferte Moskau Drohnen.".utf8))
        #expect(result.status == 0, "\(result.err)")
        let html = result.out
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("data-actor=\"Iran\""))
        #expect(html.contains("data-actor=\"Russland\""))
        #expect(html.contains("<span class=\"cue support\" id=\"d1-c1\""))
        #expect(html.contains("<span class=\"holder\">Iran</span>"))
        #expect(html.contains("<span class=\"target\">Russland</span>"))
    }

    @Test("JSONL: annotated and plain lines drawn in order; a bad line is shown in place, named on stderr, exit 1")
    func jsonl() throws {
        let annotated = try CLI.run(["annotate"], stdin: Data(#"{"id": "a", "text": "Peking stützt Moskau."}"#.utf8 + [0x0A]))
        let input = annotated.out + "{\"id\": \"b\", \n" + #"{"id": "c", "text": "Die EU kritisiert Belgrad."}"# + "\n"
        let result = try CLI.run(["render"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.err.contains("stdin: line 2: not a JSON object"))
        let html = result.out
        let ids = html.components(separatedBy: "<article class=\"doc\" id=\"").dropFirst().map { $0.prefix(2) }
        #expect(ids == ["d1", "d2", "d3"])
        #expect(html.contains("<h2>a</h2>") && html.contains("<h2>c</h2>"))
        #expect(html.contains("<p class=\"error\">error: stdin: line 2: not a JSON object"))
        #expect(html.contains("data-actor=\"Serbien\""))
    }

    @Test("--output writes one page per document named after its id")
    func outputFolder() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = #"{"id": "n/1", "text": "Kiew dankt Warschau."}"# + "\n" + #"{"id": "n/1", "text": "Paris hilft Kiew."}"# + "\n"
        let result = try CLI.run(["render", "--output", dir.path], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["n_1-2.html", "n_1.html"])
        let second = try String(contentsOf: dir.appendingPathComponent("n_1-2.html"), encoding: .utf8)
        #expect(second.contains("Paris"))
    }
}
