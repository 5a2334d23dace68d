/// `lesart network --format html`: a self-contained report page with the network drawn
/// as SVG (the strongest `maxNodes` actors by record count and, among them, at most
/// 3 × `maxNodes` relations, the strongest), a table of the strongest
/// relations per label, the actors with their codes, and, for dated input, a small time
/// series for each of the strongest relations.
public struct NetworkReport {
    public let nodes: [NetworkNode]
    public let edges: [NetworkEdge]
    public let dated: Bool
    public let maxNodes: Int
    public let filter: NetworkFilter
    public let records: Int

    public init(nodes: [NetworkNode], edges: [NetworkEdge], dated: Bool, maxNodes: Int, filter: NetworkFilter, records: Int) {
        self.nodes = nodes
        self.edges = edges
        self.dated = dated
        self.maxNodes = maxNodes
        self.filter = filter
        self.records = records
    }

    /// Edges summed over time buckets.
    var totals: [NetworkEdge] {
        var sums: [String: NetworkEdge] = [:]
        var order: [String] = []
        for edge in edges {
            let key = edge.source + "\u{0}" + edge.target + "\u{0}" + edge.label
            if var sum = sums[key] {
                sum.count += edge.count
                sum.negated += edge.negated
                sum.byModality = zip(sum.byModality, edge.byModality).map { $0 + $1 }
                sums[key] = sum
            } else {
                var first = edge
                first.bucket = nil
                sums[key] = first
                order.append(key)
            }
        }
        return order.map { sums[$0]! }
    }

    /// The actors drawn: the strongest by records held and received (self-relations not
    /// counted), ties by name.
    func drawnActors(_ totals: [NetworkEdge]) -> [String] {
        var weight: [String: Int] = [:]
        for edge in totals where edge.source != edge.target {
            weight[edge.source, default: 0] += edge.count
            weight[edge.target, default: 0] += edge.count
        }
        return weight.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(maxNodes).map(\.key)
    }

    public var html: String {
        let totals = self.totals
        let drawn = drawnActors(totals)
        let drawnSet = Set(drawn)
        let layout = CircleLayout(actors: drawn)
        let mentions = Dictionary(nodes.map { ($0.actor, $0.mentions) }, uniquingKeysWith: { a, _ in a })
        let drawable = totals.filter { drawnSet.contains($0.source) && drawnSet.contains($0.target) && $0.source != $0.target }
            .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.source, $0.target, $0.label) < ($1.source, $1.target, $1.label) }
        let drawnEdges = Array(drawable.prefix(3 * maxNodes))
        let diagram = NetworkDiagram(layout: layout, mentions: mentions, edges: drawnEdges)
        var out = """
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="lesart network">
        <title>Lesart: actor network</title>
        <style>
        \(ReportStyle.css)
        </style></head>
        <body>
        <h1>Actor network</h1>
        <p class="summary">\(summary(totals: totals, drawn: drawn.count, drawnEdges: drawnEdges.count, drawable: drawable.count))</p>
        <p class="legend">\(legend)</p>

        """
        out += drawn.isEmpty ? "<p class=\"empty\">No relations to draw.</p>\n" : "<figure>\(diagram.svg)</figure>\n"
        out += strongestTables(totals)
        if dated { out += timeSeries(totals) }
        out += actorTable()
        return out + "</body></html>\n"
    }

    private func summary(totals: [NetworkEdge], drawn: Int, drawnEdges: Int, drawable: Int) -> String {
        var parts = ["\(records) document\(records == 1 ? "" : "s")",
                     "\(totals.reduce(0) { $0 + $1.count }) stance records counted",
                     "\(nodes.count) actors", "\(totals.count) relations"]
        if drawn < Set(totals.flatMap { [$0.source, $0.target] }).count { parts.append("the \(drawn) strongest actors drawn") }
        if drawnEdges < drawable { parts.append("their \(drawnEdges) strongest relations drawn") }
        var filters: [String] = []
        if let labels = filter.labels { filters.append("labels " + labels.sorted().joined(separator: ", ")) }
        if let modalities = filter.modalities { filters.append("modality " + modalities.sorted().joined(separator: ", ")) }
        filters.append("polarity " + (filter.polarities?.sorted().joined(separator: ", ") ?? "all"))
        if let actors = filter.actors { filters.append("actors " + actors.sorted().joined(separator: ", ")) }
        if filter.minCount > 1 { filters.append("at least \(filter.minCount) records per relation") }
        return HTMLText.escaped(parts.joined(separator: " · ") + " — " + filters.joined(separator: "; "))
    }

    private var legend: String {
        Palette.stanceLabels.map { label in
            "<span><svg width=\"34\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\" "
                + "stroke=\"\(Palette.stance(label))\" stroke-width=\"4\"/><path d=\"M25,0L34,5L25,10z\" "
                + "fill=\"\(Palette.stance(label))\"/></svg> \(label)</span>"
        }.joined(separator: " ") + " <span>line width: number of records · circle: mentions</span>"
    }

    /// Per label, the 15 relations with the most records.
    private func strongestTables(_ totals: [NetworkEdge]) -> String {
        let labels = Palette.stanceLabels + Set(totals.map(\.label)).subtracting(Palette.stanceLabels).sorted()
        var out = "<h2>Strongest relations</h2>\n<div class=\"tables\">"
        for label in labels {
            let top = totals.filter { $0.label == label }
                .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.source, $0.target) < ($1.source, $1.target) }
                .prefix(15)
            guard !top.isEmpty else { continue }
            let maxCount = Double(top.first!.count)
            out += "<section><h3 style=\"--c:\(Palette.stance(label))\">\(HTMLText.escaped(label))</h3>"
                + "<table><thead><tr><th>holder</th><th>target</th><th>records</th></tr></thead><tbody>"
            for edge in top {
                let bar = NetworkDiagram.format(max(0.2, 4 * Double(edge.count) / maxCount))
                let negated = edge.negated > 0 ? " <small>(\(edge.negated) negated)</small>" : ""
                out += "<tr><td>\(HTMLText.escaped(edge.source))</td><td>\(HTMLText.escaped(edge.target))</td>"
                    + "<td class=\"n\"><span class=\"bar\" style=\"width:\(bar)rem;background:\(Palette.stance(label))\"></span>"
                    + "\(edge.count)\(negated)</td></tr>"
            }
            out += "</tbody></table></section>"
        }
        return out + "</div>\n"
    }

    /// One small chart per relation for the eight strongest relations.
    private func timeSeries(_ totals: [NetworkEdge]) -> String {
        let buckets = Set(edges.compactMap(\.bucket)).sorted()
        let top = totals.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.source, $0.target, $0.label) < ($1.source, $1.target, $1.label) }
            .prefix(8)
        var out = "<h2>Over time</h2>\n<div class=\"series\">"
        for relation in top {
            var counts: [String: Int] = [:]
            for edge in edges where edge.source == relation.source && edge.target == relation.target && edge.label == relation.label {
                if let bucket = edge.bucket { counts[bucket, default: 0] += edge.count }
            }
            out += "<figure><figcaption>\(HTMLText.escaped(relation.source)) → \(HTMLText.escaped(relation.target)) "
                + "<span style=\"color:\(Palette.stance(relation.label))\">\(HTMLText.escaped(relation.label))</span></figcaption>"
                + TimeSeriesChart(buckets: buckets, counts: counts, label: relation.label).svg + "</figure>"
        }
        return out + "</div>\n"
    }

    /// Every actor with code, kind, mentions and records, most mentioned first.
    private func actorTable() -> String {
        var out = "<h2>Actors</h2>\n<div class=\"scroll\"><table class=\"actors\"><thead><tr><th>actor</th><th>code</th>"
            + "<th>kind</th><th>mentions</th><th>holds</th><th>receives</th></tr></thead><tbody>"
        for node in nodes.sorted(by: { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.actor < $1.actor }) {
            out += "<tr><td>\(HTMLText.escaped(node.actor))</td><td><code>\(HTMLText.escaped(node.code))</code></td>"
                + "<td>\(HTMLText.escaped(node.kind))</td><td class=\"n\">\(node.mentions)</td>"
                + "<td class=\"n\">\(node.outgoing)</td><td class=\"n\">\(node.incoming)</td></tr>"
        }
        return out + "</tbody></table></div>\n"
    }
}
