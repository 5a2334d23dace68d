/// A small bar chart of one relation's record counts per time bucket, as inline SVG: one
/// bar per bucket of the whole network (empty buckets show as gaps), the first and last
/// bucket and the maximum written out.
struct TimeSeriesChart {
    let buckets: [String]
    let counts: [String: Int]
    let label: String

    var svg: String {
        let width = 320.0, height = 64.0, top = 12.0, bottom = 16.0
        let maxCount = max(counts.values.max() ?? 1, 1)
        let step = width / Double(max(buckets.count, 1))
        let barWidth = max(1, step * 0.8)
        let f = NetworkDiagram.format
        var out = "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\" "
            + "role=\"img\" aria-label=\"records per bucket\">"
        out += "<line x1=\"0\" y1=\"\(f(height - bottom))\" x2=\"\(Int(width))\" y2=\"\(f(height - bottom))\" stroke=\"#bbb\"/>"
        for (k, bucket) in buckets.enumerated() {
            guard let count = counts[bucket], count > 0 else { continue }
            let h = (height - top - bottom) * Double(count) / Double(maxCount)
            out += "<rect x=\"\(f(Double(k) * step + (step - barWidth) / 2))\" y=\"\(f(height - bottom - h))\" "
                + "width=\"\(f(barWidth))\" height=\"\(f(h))\" fill=\"\(Palette.stance(label))\">"
                + "<title>\(HTMLText.escaped(bucket)): \(count)</title></rect>"
        }
        if let first = buckets.first, let last = buckets.last {
            out += "<text x=\"0\" y=\"\(Int(height - 3))\" font-size=\"10\">\(HTMLText.escaped(first))</text>"
            out += "<text x=\"\(Int(width))\" y=\"\(Int(height - 3))\" font-size=\"10\" text-anchor=\"end\">\(HTMLText.escaped(last))</text>"
        }
        out += "<text x=\"0\" y=\"9\" font-size=\"10\">max \(maxCount)</text>"
        return out + "</svg>"
    }
}
