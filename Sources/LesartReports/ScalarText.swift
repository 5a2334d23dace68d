/// A document's text as an array of Unicode scalars, so JSONL offsets (scalar offsets by
/// default) index it directly; slices come out HTML-escaped, with line breaks as `<br>`.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    /// The plain text of `range` (clamped to the text).
    public func string(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[clamped(range)])
        return String(out)
    }

    /// The text of `range` escaped for HTML; a line break becomes `<br>` when `breaks` is set.
    public func html(_ range: Range<Int>, breaks: Bool = true) -> String {
        var out = ""
        for scalar in scalars[clamped(range)] {
            if breaks, scalar == "\n" {
                out += "<br>"
            } else if scalar == "\r" {
                continue
            } else {
                HTMLText.append(scalar, to: &out)
            }
        }
        return out
    }

    /// `range` limited to `0..<count`.
    public func clamped(_ range: Range<Int>) -> Range<Int> {
        let lower = min(max(range.lowerBound, 0), count)
        return lower..<min(max(range.upperBound, lower), count)
    }

    /// Paragraphs: runs of text between blank lines (a line break, optional spaces or tabs,
    /// another line break), leading and trailing whitespace left out. Never empty for a
    /// non-blank text.
    public func paragraphs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < count {
            if scalars[i] == "\n" {
                var j = i + 1
                while j < count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                if j < count, scalars[j] == "\n" {
                    appendTrimmed(start..<i, to: &result)
                    while j < count, scalars[j].properties.isWhitespace { j += 1 }
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        appendTrimmed(start..<count, to: &result)
        return result
    }

    private func appendTrimmed(_ range: Range<Int>, to result: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }
}
