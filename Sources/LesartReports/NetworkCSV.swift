/// The network as two CSV tables that pandas, R and Gephi read directly: an edge list
/// (`source,target,label[,bucket],count,negated,<one column per modality>,source_code,target_code`)
/// and a node table (`id,code,kind,mentions,out_count,in_count`).
public enum NetworkCSV {
    public static func edges(_ edges: [NetworkEdge], nodes: [NetworkNode], dated: Bool) -> String {
        let codes = Dictionary(nodes.map { ($0.actor, $0.code) }, uniquingKeysWith: { a, _ in a })
        var header = ["source", "target", "label"]
        if dated { header.append("bucket") }
        header += ["count", "negated"] + ActorNetwork.modalities + ["other_modality", "source_code", "target_code"]
        var out = CSVRow.line(header)
        for edge in edges {
            var row = [edge.source, edge.target, edge.label]
            if dated { row.append(edge.bucket ?? "") }
            row += [String(edge.count), String(edge.negated)] + edge.byModality.map(String.init)
            row += [codes[edge.source] ?? "", codes[edge.target] ?? ""]
            out += CSVRow.line(row)
        }
        return out
    }

    public static func nodes(_ nodes: [NetworkNode]) -> String {
        var out = CSVRow.line(["id", "code", "kind", "mentions", "out_count", "in_count"])
        for node in nodes {
            out += CSVRow.line([node.actor, node.code, node.kind, String(node.mentions),
                                String(node.outgoing), String(node.incoming)])
        }
        return out
    }
}
