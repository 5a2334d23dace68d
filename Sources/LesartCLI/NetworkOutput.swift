import Foundation
import LesartReports

/// Writes an aggregated network in the format asked for: csv (edges on standard output, or
/// edges.csv and nodes.csv in the --output folder), graphml or the html report.
struct NetworkOutput {
    let format: NetworkFormat
    let output: String?
    let maxNodes: Int
    let filter: NetworkFilter

    func write(_ network: ActorNetwork) throws {
        let edges = network.keptEdges()
        let nodes = network.nodes(for: edges)
        switch format {
        case .csv:
            let edgeTable = NetworkCSV.edges(edges, nodes: nodes, dated: network.isDated)
            guard let output else {
                try OutputSink.write(edgeTable, to: nil)
                return
            }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw InputError(file: output, message: "cannot create the output folder: \(error.localizedDescription)")
            }
            try OutputSink.write(edgeTable, to: (output as NSString).appendingPathComponent("edges.csv"))
            try OutputSink.write(NetworkCSV.nodes(nodes), to: (output as NSString).appendingPathComponent("nodes.csv"))
        case .graphml:
            try OutputSink.write(GraphMLDocument.xml(nodes: nodes, edges: edges, dated: network.isDated), to: output)
        case .html:
            let report = NetworkReport(nodes: nodes, edges: edges, dated: network.isDated, maxNodes: maxNodes,
                                       filter: filter, records: network.records)
            try OutputSink.write(report.html, to: output)
        case .events:
            break  // written while reading
        }
    }
}
