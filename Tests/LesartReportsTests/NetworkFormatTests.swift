import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LesartReports

/// The network's file formats: GraphML read back with Foundation's XMLParser, CSV quoting,
/// event rows, the report page.
@Suite("Network formats")
struct NetworkFormatTests {
    typealias F = NetworkFixtures

    static func network(dated: Bool = false) -> ActorNetwork {
        var network = ActorNetwork()
        network.add(F.record("1", actors: ["A & B", "Syldavien"],
                             stances: [F.stance("A & B", "Syldavien", "support"), F.stance("A & B", "Syldavien", "threat", lemma: "drohen")]),
                    bucket: dated ? "2026-01" : nil)
        network.add(F.record("2", actors: ["Syldavien", "Borduria, Nord"],
                             stances: [F.stance("Syldavien", "Borduria, Nord", "distancing", lemma: "kritisieren")]),
                    bucket: dated ? "2026-02" : nil)
        return network
    }

    /// Collects nodes and edges with their data.
    final class GraphMLReader: NSObject, XMLParserDelegate {
        var nodes: [String] = []
        var edges: [(String, String)] = []
        var data: [String: [String]] = [:]
        var key: String?
        var text = ""
        var directed = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "graph": directed = attributes["edgedefault"] == "directed"
            case "node": nodes.append(attributes["id"] ?? "?")
            case "edge": edges.append((attributes["source"] ?? "?", attributes["target"] ?? "?"))
            case "data":
                key = attributes["key"]
                text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data", let key { data[key, default: []].append(text) }
        }
    }

    @Test("GraphML parses as XML: every node and edge with its data, names escaped")
    func graphml() throws {
        let network = Self.network(dated: true)
        let edges = network.keptEdges()
        let xml = GraphMLDocument.xml(nodes: network.nodes(for: edges), edges: edges, dated: true)
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = GraphMLReader()
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.directed)
        #expect(reader.nodes == ["A & B", "Borduria, Nord", "Syldavien"])
        #expect(reader.edges.count == 3)
        #expect(reader.edges.first! == ("A & B", "Syldavien"))
        #expect(reader.data["e_label"] == ["support", "threat", "distancing"])
        #expect(reader.data["e_count"] == ["1", "1", "1"])
        #expect(reader.data["e_bucket"] == ["2026-01", "2026-01", "2026-02"])
        #expect(reader.data["n_mentions"] == ["1", "1", "2"])
    }

    @Test("CSV: header, quoting of commas and quotes, one row per edge")
    func csv() {
        let network = Self.network()
        let edges = network.keptEdges()
        let table = NetworkCSV.edges(edges, nodes: network.nodes(for: edges), dated: false)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0] == "source,target,label,count,negated,asserted,reported,possible,conditional,intended,other_modality,source_code,target_code")
        #expect(lines.count == 4)
        #expect(lines[3] == "Syldavien,\"Borduria, Nord\",distancing,1,0,1,0,0,0,0,0,,")
        #expect(CSVRow.line(["a\"b", "x\ny"]) == "\"a\"\"b\",\"x\ny\"\n")
        #expect(NetworkCSV.nodes(network.nodes(for: edges)).hasPrefix("id,code,kind,mentions,out_count,in_count\n\"A & B\"") == false)
    }

    @Test("event rows: one per counted record, codes and CAMEO columns filled")
    func events() throws {
        let cameo = try CameoCodeBook(folder: CodeBookTests.lexicons + "/events")
        let codes = try ActorCodeBook(lexicons: CodeBookTests.lexicons)
        var rows = EventRows(cameo: cameo, codes: codes, filter: NetworkFilter(polarities: nil))
        let record = F.record("d1", actors: ["Russland", "Ukraine"],
                              stances: [F.stance("Russland", "Ukraine", "threat", lemma: "angreifen"),
                                        F.stance("Russland", "Ukraine", "support", lemma: "helfen", polarity: "negated")])
        let text = rows.rows(for: record, date: CalendarDate(parsing: "2026-02-24"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == "d1,2026-02-24,0,Russland,RUS,state,Ukraine,UKR,state,threat,190,19,4,affirmed,asserted,0,angreifen,angreifen,verb.active,0.8")
        #expect(lines[1].contains(",support,120,12,3,negated,"))
        #expect(EventRows.header.split(separator: ",").count == 20)
    }

    @Test("the report draws every drawn relation as a path, with labels for every actor, the same way every time")
    func report() {
        let network = Self.network(dated: true)
        let edges = network.keptEdges()
        let page = NetworkReport(nodes: network.nodes(for: edges), edges: edges, dated: true, maxNodes: 60,
                                 filter: NetworkFilter(), records: 2).html
        #expect(page.components(separatedBy: "class=\"edge ").count - 1 == 3)
        #expect(page.contains(">A &amp; B</text>"))
        #expect(page.contains("<h2>Over time</h2>"))
        #expect(page == NetworkReport(nodes: network.nodes(for: edges), edges: edges, dated: true, maxNodes: 60,
                                      filter: NetworkFilter(), records: 2).html)
        for external in ["https:", "src=", "<link", "@import"] { #expect(!page.contains(external)) }
    }

    @Test("layout: neighbouring labels are at least one line apart, for 1 to 200 actors")
    func layoutSpacing() {
        for n in [1, 2, 10, 60, 200] {
            let names = (0..<n).map { "Akteur \($0)" }
            let layout = CircleLayout(actors: names)
            let longest = Double(names.map(\.count).max() ?? 0)
            if n > 1 {
                let a = layout.position(0), b = layout.position(1)
                let distance = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                #expect(distance >= CircleLayout.fontSize * 1.2, "n = \(n)")
            }
            for i in 0..<n {
                let p = layout.position(i, extra: 20 + longest * CircleLayout.fontSize * 0.62)
                #expect(p.x >= 0 && p.y >= 0 && p.x <= layout.size && p.y <= layout.size, "n = \(n), i = \(i)")
            }
        }
    }
}
