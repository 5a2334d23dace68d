import Testing
@testable import LesartReports

/// Markup over text: escaping, nesting, crossing spans, paragraphs.
@Suite("SpanMarkup and ScalarText")
struct SpanMarkupTests {
    func span(_ range: Range<Int>, _ name: String, tail: String = "") -> MarkedSpan {
        MarkedSpan(range: range, open: "<\(name)>", tail: tail, close: "</\(name)>")
    }

    @Test("text is escaped, line breaks become <br>")
    func escaping() {
        let text = ScalarText("a<b>&\"c\"\nd")
        #expect(SpanMarkup.html(text, range: 0..<text.count, spans: []) == "a&lt;b&gt;&amp;&quot;c&quot;<br>d")
    }

    @Test("nested spans nest; the tail comes before the close")
    func nested() {
        let text = ScalarText("EU-Beitritt")
        let html = SpanMarkup.html(text, range: 0..<11, spans: [span(0..<2, "e", tail: "<small>ORG</small>"), span(0..<11, "c")])
        #expect(html == "<c><e>EU<small>ORG</small></e>-Beitritt</c>")
    }

    @Test("crossing spans are closed and reopened, the tail only at the real end")
    func crossing() {
        let text = ScalarText("abcdef")
        let html = SpanMarkup.html(text, range: 0..<6, spans: [span(0..<4, "x", tail: "!"), span(2..<6, "y")])
        #expect(html == "<x>ab<y>cd</y>!</x><y>ef</y>")
    }

    @Test("spans are clamped to the range; empty and outside spans are dropped")
    func clamping() {
        let text = ScalarText("Moskau und Kiew")
        let html = SpanMarkup.html(text, range: 7..<15, spans: [span(0..<6, "a"), span(11..<15, "b"), span(20..<25, "c"), span(9..<9, "d")])
        #expect(html == "und <b>Kiew</b>")
    }

    @Test("offsets are Unicode scalars: emoji and combining marks count as JSONL counts them")
    func scalars() {
        let text = ScalarText("🇺🇦 Kyjiw")
        #expect(text.count == 8)
        #expect(text.string(3..<8) == "Kyjiw")
    }

    @Test("paragraphs split at blank lines, trimmed; single line breaks stay inside")
    func paragraphs() {
        let text = ScalarText("  Eins\nzwei\n \n\nDrei \n")
        #expect(text.paragraphs().map { text.string($0) } == ["Eins\nzwei", "Drei"])
        #expect(ScalarText("  \n ").paragraphs().isEmpty)
    }
}
