import Foundation

/// The network drawn as inline SVG on a ``CircleLayout``: node area by mentions, labels
/// radial and outward, edges as curves bent towards the centre, coloured by stance label
/// (Okabe–Ito), width by record count, arrowheads at the target; parallel edges (other
/// labels, the opposite direction) bend by different amounts so they stay apart.
/// Self-relations are not drawn (the tables list them).
struct NetworkDiagram {
    let layout: CircleLayout
    let mentions: [String: Int]
    /// Edges among the layout's actors, summed over time buckets.
    let edges: [NetworkEdge]

    var svg: String {
        let index = Dictionary(layout.actors.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let maxMentions = Double(max(mentions.values.max() ?? 1, 1))
        let radii = layout.actors.map { actor -> Double in
            let share = Double(mentions[actor] ?? 0) / maxMentions
            return max(3, layout.maxNodeRadius * share.squareRoot())
        }
        let s = Self.format
        var out = "<svg class=\"net\" viewBox=\"0 0 \(s(layout.size)) \(s(layout.size))\" role=\"img\" "
            + "aria-label=\"actor network: \(layout.actors.count) actors, \(edges.count) relations\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<defs>" + Palette.stanceLabels.map { label in
            "<marker id=\"arrow-\(label)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"12\" markerHeight=\"12\" "
                + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"\(Palette.stance(label))\"/></marker>"
        }.joined() + "<marker id=\"arrow-other\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"12\" markerHeight=\"12\" "
            + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#666666\"/></marker></defs>"
        let maxCount = Double(max(edges.map(\.count).max() ?? 1, 1))
        out += "<g class=\"edges\" fill=\"none\">"
        for edge in edges.sorted(by: { ($0.count, $0.source, $0.target, $0.label) < ($1.count, $1.source, $1.target, $1.label) }) {
            guard let i = index[edge.source], let j = index[edge.target], i != j else { continue }
            out += path(edge, from: i, to: j, targetRadius: radii[j], maxCount: maxCount)
        }
        out += "</g><g class=\"nodes\">"
        for (i, actor) in layout.actors.enumerated() {
            let p = layout.position(i)
            let name = HTMLText.escaped(actor)
            out += "<g><title>\(name): \(mentions[actor] ?? 0) mentions</title>"
                + "<circle cx=\"\(s(p.x))\" cy=\"\(s(p.y))\" r=\"\(s(radii[i]))\" fill=\"#4d4d4d\" stroke=\"#fff\" stroke-width=\"1\"/>"
                + label(i, name: actor, gap: layout.maxNodeRadius + 5) + "</g>"
        }
        return out + "</g></svg>"
    }

    /// One edge: a quadratic curve from the source node to the target node's rim.
    private func path(_ edge: NetworkEdge, from i: Int, to j: Int, targetRadius: Double, maxCount: Double) -> String {
        let s = Self.format
        let a = layout.position(i)
        let b = layout.position(j)
        let c = layout.center
        // Bend towards the centre; each label and direction bends by its own amount.
        let labelIndex = Double(Palette.stanceLabels.firstIndex(of: edge.label) ?? 3)
        let bend = 0.25 + 0.12 * labelIndex + (edge.source < edge.target ? 0 : 0.06)
        let mid = CircleLayout.Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
        let control = CircleLayout.Point(x: mid.x + (c.x - mid.x) * bend, y: mid.y + (c.y - mid.y) * bend)
        // End on the target's rim, along the curve's final direction.
        let dx = b.x - control.x, dy = b.y - control.y
        let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
        let end = CircleLayout.Point(x: b.x - dx / length * (targetRadius + 2), y: b.y - dy / length * (targetRadius + 2))
        let width = min(6, 1.2 + 1.4 * log2(Double(edge.count)))
        let known = Palette.stanceLabels.contains(edge.label)
        let colour = Palette.stance(edge.label)
        let marker = known ? edge.label : "other"
        let opacity = 0.55 + 0.4 * Double(edge.count) / maxCount
        let title = "\(edge.source) → \(edge.target): \(edge.label) × \(edge.count)"
        return "<path d=\"M\(s(a.x)),\(s(a.y))Q\(s(control.x)),\(s(control.y)) \(s(end.x)),\(s(end.y))\" "
            + "stroke=\"\(colour)\" stroke-width=\"\(s(width))\" stroke-opacity=\"\(s(opacity))\" "
            + "marker-end=\"url(#arrow-\(marker))\" class=\"edge \(known ? edge.label : "other")\">"
            + "<title>\(HTMLText.escaped(title))</title></path>"
    }

    /// A radial label outside node `i`, upright on both halves of the circle.
    private func label(_ i: Int, name: String, gap: Double) -> String {
        let s = Self.format
        let p = layout.position(i, extra: gap)
        var degrees = layout.angle(i) * 180 / .pi
        let leftHalf = cos(layout.angle(i)) < -1e-9
        if leftHalf { degrees += 180 }
        let anchor = leftHalf ? "end" : "start"
        return "<text x=\"\(s(p.x))\" y=\"\(s(p.y))\" dy=\"0.35em\" text-anchor=\"\(anchor)\" "
            + "transform=\"rotate(\(s(degrees)) \(s(p.x)) \(s(p.y)))\">\(HTMLText.escaped(CircleLayout.shortLabel(name)))</text>"
    }

    /// A coordinate with at most one decimal (stable text for the same input).
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
