/// The network as GraphML (directed; Gephi, networkx, igraph and yEd open it). Node ids
/// are the actor names, with `label`, `code`, `kind` and `mentions`; one edge per
/// holder → target, label (and time bucket), with `label`, `count`, `negated` (and
/// `bucket`). Several labels between two actors are parallel edges (networkx reads a
/// MultiDiGraph).
public enum GraphMLDocument {
    public static func xml(nodes: [NetworkNode], edges: [NetworkEdge], dated: Bool) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="n_label" for="node" attr.name="label" attr.type="string"/>
          <key id="n_code" for="node" attr.name="code" attr.type="string"/>
          <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
          <key id="e_count" for="edge" attr.name="count" attr.type="int"/>
          <key id="e_negated" for="edge" attr.name="negated" attr.type="int"/>

        """
        if dated { out += "  <key id=\"e_bucket\" for=\"edge\" attr.name=\"bucket\" attr.type=\"string\"/>\n" }
        out += "  <graph id=\"lesart\" edgedefault=\"directed\">\n"
        for node in nodes {
            let id = xmlEscaped(node.actor)
            out += "    <node id=\"\(id)\"><data key=\"n_label\">\(id)</data><data key=\"n_code\">\(xmlEscaped(node.code))</data>"
                + "<data key=\"n_kind\">\(xmlEscaped(node.kind))</data><data key=\"n_mentions\">\(node.mentions)</data></node>\n"
        }
        for (k, edge) in edges.enumerated() {
            out += "    <edge id=\"e\(k)\" source=\"\(xmlEscaped(edge.source))\" target=\"\(xmlEscaped(edge.target))\">"
                + "<data key=\"e_label\">\(xmlEscaped(edge.label))</data><data key=\"e_count\">\(edge.count)</data>"
                + "<data key=\"e_negated\">\(edge.negated)</data>"
            if dated, let bucket = edge.bucket { out += "<data key=\"e_bucket\">\(xmlEscaped(bucket))</data>" }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    /// Escaped for XML text and attributes; characters XML 1.0 forbids (C0 controls but
    /// tab, LF, CR) are left out.
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out += "&#\(scalar.value);"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
