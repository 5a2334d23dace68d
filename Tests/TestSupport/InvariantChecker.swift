import Lesart

/// Checks the structural invariants every tokenized (and optionally sentence-split)
/// ``Document`` must satisfy, whatever the text:
///
/// - every token slices the text: `start < end <= utf8.count`, both on scalar boundaries;
/// - tokens are in text order and do not overlap;
/// - only whitespace (Unicode `White_Space`, control characters) and invisible format
///   characters lie before, between and after the tokens, and no token but an emoticon
///   written with a space (`: )`) contains whitespace;
/// - when sentences are present (or `requireSentences` is set) they partition the tokens
///   in order: the first starts at 0, each starts where the previous ended, none is empty
///   and the last ends at `tokens.count`.
///
/// Returns a list of human-readable violations (empty when the document is fine), so a
/// test can print all of them at once.
public enum InvariantChecker {
    /// Whether `scalar` may lie between tokens (and must not lie inside one).
    public static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// Invisible format characters (soft hyphen, zero-width space and joiners, direction
    /// marks, BOM, variation selectors): they may stand between tokens (the tokenizer
    /// never makes a token of them alone) and may also lie inside a token.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || (0xFE00...0xFE0F).contains(scalar.value)
    }

    /// All invariant violations of `document`; at most `limit` are reported.
    public static func violations(in document: Document, requireSentences: Bool = false,
                                  limit: Int = 20) -> [String] {
        var problems: [String] = []
        func report(_ message: @autoclosure () -> String) {
            if problems.count < limit { problems.append(message()) }
        }
        let bytes = document.utf8
        let count = bytes.count
        // Scalar starts and separator bytes, computed once.
        var isBoundary = [Bool](repeating: false, count: count + 1)
        var isSeparatorByte = [Bool](repeating: false, count: count)
        var isGapByte = [Bool](repeating: false, count: count)
        isBoundary[count] = true
        var offset = 0
        for scalar in document.text.unicodeScalars {
            let length = UTF8.width(scalar)
            isBoundary[offset] = true
            if isSeparator(scalar) {
                for k in offset..<min(offset + length, count) { isSeparatorByte[k] = true }
            }
            if isSeparator(scalar) || isInvisible(scalar) {
                for k in offset..<min(offset + length, count) { isGapByte[k] = true }
            }
            offset += length
        }
        if offset != count { report("text decodes to \(offset) bytes, buffer has \(count)") }

        var previousEnd = 0
        for (index, token) in document.tokens.enumerated() {
            let start = Int(token.start), end = Int(token.end)
            guard start < end, end <= count else {
                report("token \(index) has invalid range \(start)..<\(end) (text has \(count) bytes)")
                continue
            }
            if !isBoundary[start] || !isBoundary[end] {
                report("token \(index) \(start)..<\(end) does not lie on scalar boundaries")
            }
            if start < previousEnd {
                report("token \(index) \(start)..<\(end) overlaps or precedes the previous token (ended at \(previousEnd))")
            } else if let gap = (previousEnd..<start).first(where: { !isGapByte[$0] }) {
                report("non-whitespace byte at \(gap) between tokens \(index - 1) and \(index) is in no token")
            }
            // Emoticons written with a space (": )") are the one kind of token that may hold one.
            if token.kind != .emoticon, let inner = (start..<end).first(where: { isSeparatorByte[$0] }) {
                report("token \(index) \(debugText(document, start..<end)) contains whitespace at byte \(inner)")
            }
            previousEnd = max(previousEnd, end)
        }
        if previousEnd < count, let gap = (previousEnd..<count).first(where: { !isGapByte[$0] }) {
            report("non-whitespace byte at \(gap) after the last token is in no token")
        }

        let sentences = document.sentences
        if requireSentences || !sentences.isEmpty {
            let tokenCount = document.tokens.count
            if tokenCount == 0 {
                if !sentences.isEmpty { report("\(sentences.count) sentence(s) but no tokens") }
            } else if sentences.isEmpty {
                report("\(tokenCount) token(s) but no sentences")
            } else {
                var expectedStart = 0
                for (index, sentence) in sentences.enumerated() {
                    let first = Int(sentence.firstToken), end = Int(sentence.endToken)
                    if first != expectedStart {
                        report("sentence \(index) starts at token \(first), expected \(expectedStart)")
                    }
                    if end <= first { report("sentence \(index) is empty or reversed: \(first)..<\(end)") }
                    if end > tokenCount { report("sentence \(index) ends at token \(end) > \(tokenCount) tokens") }
                    expectedStart = end
                }
                if expectedStart != tokenCount {
                    report("last sentence ends at token \(expectedStart), expected \(tokenCount)")
                }
            }
        }
        return problems
    }

    private static func debugText(_ document: Document, _ range: Range<Int>) -> String {
        String(reflecting: document.text(ofBytes: range))
    }
}
