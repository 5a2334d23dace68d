import Foundation
import Testing

/// `lesart network` end to end: annotated JSONL in, tables out; every bad line named with
/// file and line while the rest is still aggregated.
@Suite("lesart network")
struct NetworkCommandTests {
    /// Annotated JSONL for two dated documents.
    static func annotated() throws -> String {
        let input = #"{"id": "a", "date": "2026-01-05", "text": "Moskau drohte der Ukraine. Peking stützt Moskau."}"# + "\n"
            + #"{"id": "b", "date": "2026-02-11", "text": "Moskau drohte der Ukraine erneut."}"# + "\n"
        let result = try CLI.run(["annotate"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        return result.out
    }

    @Test("csv edge list on standard output, dated by month")
    func csv() throws {
        let result = try CLI.run(["network", "--date-field", "date"], stdin: Data(try Self.annotated().utf8))
        #expect(result.status == 0, "\(result.err)")
        let lines = result.lines
        #expect(lines.first?.hasPrefix("source,target,label,bucket,count,") == true)
        #expect(lines.contains { $0.hasPrefix("Russland,Ukraine,threat,2026-01,1,") && $0.hasSuffix(",RUS,UKR") })
        #expect(lines.contains { $0.hasPrefix("Russland,Ukraine,threat,2026-02,1,") })
        #expect(lines.contains { $0.hasPrefix("China,Russland,support,2026-01,1,") })
        #expect(result.err.contains("lesart: network: 2 lines, 2 records"))
    }

    @Test("bad lines: not a Lesart record, no stance layer, an unknown date; named, the rest counted, exit 1")
    func badInput() throws {
        let good = try Self.annotated()
        let noStances = try CLI.run(["annotate", "--stages", "entities"],
                                    stdin: Data((#"{"id": "c", "date": "2026-03-01", "text": "Kiew dankt Paris."}"# + "\n").utf8)).out
        let badDate = good.split(separator: "\n")[0].replacingOccurrences(of: "\"date\":\"2026-01-05\"", with: "\"date\":\"letzte Woche\"")
        #expect(badDate.contains("letzte Woche"))
        let input = "{\"name\": \"x\"}\n" + noStances + badDate + "\n" + good
        let result = try CLI.run(["network", "--date-field", "date"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.err.contains("stdin: line 1: not a Lesart record"))
        #expect(result.err.contains("stdin: line 2: record c has no \"stances\" field"))
        #expect(result.err.contains("stdin: line 3: record a: unknown date format \"letzte Woche\" in \"date\""))
        #expect(result.lines.contains { $0.hasPrefix("Russland,Ukraine,threat,2026-01,1,") })
        #expect(result.lines.contains { $0.hasPrefix("Russland,Ukraine,threat,2026-02,1,") })
        #expect(result.err.contains("3 problems"))
    }

    @Test("--output writes edges.csv and nodes.csv; graphml and html go to files too")
    func outputs() throws {
        let dir = try CLI.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data(try Self.annotated().utf8)
        let csv = try CLI.run(["network", "--output", dir.appendingPathComponent("net").path], stdin: input)
        #expect(csv.status == 0, "\(csv.err)")
        let nodes = try String(contentsOf: dir.appendingPathComponent("net/nodes.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id,code,kind,mentions,out_count,in_count\n"))
        #expect(nodes.contains("\nRussland,RUS,state,"))
        let graph = dir.appendingPathComponent("g.graphml").path
        #expect(try CLI.run(["network", "--format", "graphml", "--output", graph], stdin: input).status == 0)
        #expect(try String(contentsOfFile: graph, encoding: .utf8).contains("<node id=\"Ukraine\">"))
        let html = try CLI.run(["network", "--format", "html", "--date-field", "date"], stdin: input)
        #expect(html.status == 0)
        #expect(html.out.contains("<svg class=\"net\""))
        #expect(html.out.contains("<h2>Over time</h2>"))
    }

    @Test("events: one row per record with ISO alpha-3 codes and the CAMEO code of the cue")
    func events() throws {
        let result = try CLI.run(["network", "--format", "events", "--date-field", "date"], stdin: Data(try Self.annotated().utf8))
        #expect(result.status == 0, "\(result.err)")
        let rows = result.lines
        #expect(rows.count == 4)
        #expect(rows[0].hasPrefix("doc_id,date,sentence,source,source_code"))
        #expect(rows[1].hasPrefix("a,2026-01-05,0,Russland,RUS,state,Ukraine,UKR,state,threat,130,13,3,affirmed,asserted,"))
        #expect(rows[3].hasPrefix("b,2026-02-11,0,Russland,RUS,state,Ukraine,UKR,state,threat,130,13,3,"))
    }

    @Test("usage errors: --bucket without --date-field, a bad polarity")
    func usage() throws {
        #expect(try CLI.run(["network", "--bucket", "week"]).status == 2)
        #expect(try CLI.run(["network", "--polarity", "maybe"]).status == 2)
    }
}
