/// Writes a stretch of text with spans of markup properly nested, whatever the spans do:
/// nested spans nest, crossing spans are closed and reopened, empty and out-of-range spans
/// are dropped. O((n + s) log s) for n scalars and s spans.
public enum SpanMarkup {
    /// `range` of `text` as HTML with `spans` applied (spans are clamped to `range`).
    public static func html(_ text: ScalarText, range: Range<Int>, spans: [MarkedSpan]) -> String {
        let usable = spans.enumerated().compactMap { (index, span) -> (Int, MarkedSpan)? in
            let lower = max(span.range.lowerBound, range.lowerBound)
            let upper = min(span.range.upperBound, range.upperBound)
            guard lower < upper else { return nil }
            var clamped = span
            clamped.range = lower..<upper
            return (index, clamped)
        }.sorted { a, b in
            // Outer spans first; equal spans in input order.
            if a.1.range.lowerBound != b.1.range.lowerBound { return a.1.range.lowerBound < b.1.range.lowerBound }
            if a.1.range.upperBound != b.1.range.upperBound { return a.1.range.upperBound > b.1.range.upperBound }
            return a.0 < b.0
        }.map(\.1)
        var boundaries = Set([range.lowerBound, range.upperBound])
        for span in usable {
            boundaries.insert(span.range.lowerBound)
            boundaries.insert(span.range.upperBound)
        }
        let points = boundaries.sorted()
        var out = ""
        var stack: [MarkedSpan] = []
        var next = 0
        for (k, point) in points.enumerated() {
            closeSpans(endingAt: point, stack: &stack, out: &out)
            while next < usable.count, usable[next].range.lowerBound == point {
                out += usable[next].open
                stack.append(usable[next])
                next += 1
            }
            if k + 1 < points.count { out += text.html(point..<points[k + 1]) }
        }
        return out
    }

    /// Closes every span on `stack` that ends at `point`; spans above one of them that go
    /// on are closed too and reopened, in the same order.
    private static func closeSpans(endingAt point: Int, stack: inout [MarkedSpan], out: inout String) {
        guard let deepest = stack.firstIndex(where: { $0.range.upperBound <= point }) else { return }
        var resumed: [MarkedSpan] = []
        while stack.count > deepest {
            let span = stack.removeLast()
            if span.range.upperBound <= point {
                out += span.tail + span.close
            } else {
                out += span.close
                resumed.append(span)
            }
        }
        for span in resumed.reversed() {
            out += span.reopen
            stack.append(span)
        }
    }
}
