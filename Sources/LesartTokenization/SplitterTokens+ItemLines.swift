import LesartCore

/// Short lines of web pages and notices that are entries of their own without final
/// punctuation: menus (`Startseite⏎Über uns⏎Kontakt`), opening hours, lists without an
/// introducing colon. A short line before such an entry line is an entry too; a narrow
/// wrap of running text is told apart by how its next line ends (`… und die⏎`).
extension SplitterTokens {
    /// Whether the line starting at token `k` is a short entry line: at most six tokens and
    /// under 48 bytes, starting with a capital, a digit or a bullet, and not ending in a
    /// comma, hyphen or opening bracket, a coordinator (`und`) or a lowercase closed-class
    /// word (`die`, `mit`): what follows such a word goes on in the next line.
    func isShortEntryLine(_ k: Int) -> Bool {
        guard k < tokens.count, !tokens[k].flags.contains(.paragraphStart) else { return false }
        let t = tokens[k]
        guard t.flags.contains(.capitalized) || t.kind == .number || t.kind == .ordinal || isBullet(k) else { return false }
        let end = lineEnd(from: k)
        let last = end - 1
        guard last - k < 6, Int(tokens[last].end - t.start) < 48 else { return false }
        for j in k...last where tokens[j].kind == .punctuation && length(j) == 1 {
            let b = first(j)
            if b == UInt8(ascii: ",") || (j == last && (b == UInt8(ascii: "-") || b == UInt8(ascii: "("))) { return false }
        }
        let word = bytes[tokens[last].byteRange]
        if profile.coordinators.value(for: word) != nil { return false }
        return !(tokens[last].flags.contains(.lowercase) && isClosedClassWord(word))
    }
}
