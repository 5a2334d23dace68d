import LesartCore

/// Hard-wrapped text (e-mail, plain-text editions of books, terminals): a paragraph broken
/// into lines of about the same width, wherever a word happened to cross it. A line of such
/// a paragraph that ends without punctuation goes on in the next line even when both
/// sides of the break are capitalised (`… auf dessen Dach⏎Schnee liegt.`). A heading is
/// short, or its neighbours are lines much longer than itself (text written one paragraph
/// or one sentence to a line).
extension SplitterTokens {
    /// Lines shorter than this (in bytes) are never taken for a wrapped line: headings.
    static let shortestWrappedLine = 45
    /// How much longer (in bytes) than a wrapped line its neighbours may be: about the
    /// longest word that did not fit on it.
    static let wrapSlack = 20

    /// Whether the line that ends with token `i` is a wrapped line of running text: it is
    /// at least ``shortestWrappedLine`` bytes long, and neither the next line nor the line
    /// before it in its paragraph is more than ``wrapSlack`` bytes longer.
    func isWrappedLine(endingAt i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let first = lineStart(of: i)
        let length = Int(tokens[i].end - tokens[first].start)
        guard length >= Self.shortestWrappedLine else { return false }
        let nextEnd = lineEnd(from: i + 1)
        if Int(tokens[nextEnd - 1].end - tokens[i + 1].start) > length + Self.wrapSlack { return false }
        guard first > 0, !tokens[first].flags.contains(.paragraphStart) else { return true }
        let previous = lineStart(of: first - 1)
        return Int(tokens[first - 1].end - tokens[previous].start) <= length + Self.wrapSlack
    }

    /// The first token of the line that holds token `i`.
    func lineStart(of i: Int) -> Int {
        var first = i
        while first > 0, !tokens[first].flags.contains(.lineStart) { first -= 1 }
        return first
    }
}
