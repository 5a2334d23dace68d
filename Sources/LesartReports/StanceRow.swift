/// The markup of one stance record in a document's record list: number, holder, a
/// labelled arrow, target, the cue and tags for polarity, modality, mutual and resolved
/// holders; inside a `<details>`, the evidence: the sentence with holder, target and cue
/// marked, and rule, lemma, confidence and the mentions.
struct StanceRow {
    let stance: RecordStance
    /// 1-based number within the document.
    let number: Int
    /// The id prefix of the document (`d3`).
    let prefix: String
    let text: ScalarText
    let entities: [RecordEntity]
    let sentences: [Range<Int>]
    /// Subtracted from every offset (a chunk record's `offset`).
    let offset: Int

    var html: String {
        let s = stance
        let labelClass = Palette.stanceLabels.contains(s.label) ? s.label : "unknown"
        var classes = ["rec", labelClass]
        if s.isNegated { classes.append("negated") }
        if s.modality != "asserted" { classes.append("modal") }
        var tags = "<q>\(HTMLText.escaped(s.cue.text))</q>"
        if s.isNegated { tags += "<span class=\"tag negated\">negated</span>" }
        if s.modality != "asserted" { tags += "<span class=\"tag modality\">\(HTMLText.escaped(s.modality))</span>" }
        if s.mutual == true { tags += "<span class=\"tag\">mutual</span>" }
        if s.holderResolved == true { tags += "<span class=\"tag resolved\">holder resolved</span>" }
        let arrowClass = s.mutual == true ? "arrow mutual" : "arrow"
        return """
        <li id="\(prefix)-r\(number)" class="\(classes.joined(separator: " "))"><details><summary>\
        <span class="num"><a href="#\(prefix)-c\(number)">\(number)</a></span>\
        <span class="holder">\(HTMLText.escaped(s.holder.actor))</span>\
        <span class="\(arrowClass)"><b>\(HTMLText.escaped(s.label))</b></span>\
        <span class="target">\(HTMLText.escaped(s.target.actor))</span>\
        <span class="tags">\(tags)</span></summary>\(evidence)</details></li>
        """
    }

    /// The expanded part: the sentence with the roles marked, then the record's fields.
    private var evidence: String {
        let s = stance
        var spans: [MarkedSpan] = []
        if let h = mention(s.holder) {
            spans.append(MarkedSpan(range: h, open: "<span class=\"role h\" title=\"holder\">", close: "</span>"))
        }
        if let t = mention(s.target) {
            spans.append(MarkedSpan(range: t, open: "<span class=\"role t\" title=\"target\">", close: "</span>"))
        }
        let cue = (s.cue.start - offset)..<(s.cue.end - offset)
        spans.append(MarkedSpan(range: cue, open: "<span class=\"role c\" title=\"cue\">", close: "</span>"))
        let sentence = sentenceRange(containing: cue)
        var rows: [(String, String)] = [
            ("rule", s.rule ?? "–"),
            ("cue", s.cue.lemma.map { "\(s.cue.text) (\($0))" } ?? s.cue.text),
            ("polarity", s.polarity),
            ("modality", s.modality),
        ]
        if let c = s.confidence { rows.append(("confidence", String(format2: c))) }
        rows.append(("holder", describe(s.holder)))
        rows.append(("target", describe(s.target)))
        if let n = s.sentence { rows.append(("sentence", String(n + 1))) }
        let list = rows.map { "<dt>\($0.0)</dt><dd>\(HTMLText.escaped($0.1))</dd>" }.joined()
        return "<div class=\"evidence\"><p>\(SpanMarkup.html(text, range: sentence, spans: spans))</p><dl>\(list)</dl></div>"
    }

    /// The text range of a party's entity mention, if the record names a valid one.
    private func mention(_ party: RecordStance.Party) -> Range<Int>? {
        guard let index = party.entity, entities.indices.contains(index) else { return nil }
        let e = entities[index]
        return (e.start - offset)..<(e.end - offset)
    }

    /// "Teheran (LOC, entity 12)" or the actor alone.
    private func describe(_ party: RecordStance.Party) -> String {
        guard let index = party.entity, entities.indices.contains(index) else { return party.actor }
        let e = entities[index]
        return "\(party.actor): „\(e.text)“ (\(e.label), entity \(index))"
    }

    /// The record's sentence: by its index when valid, else the sentence holding the cue,
    /// else the cue with some context.
    private func sentenceRange(containing cue: Range<Int>) -> Range<Int> {
        if let n = stance.sentence, sentences.indices.contains(n) {
            let r = sentences[n]
            return (r.lowerBound - offset)..<(r.upperBound - offset)
        }
        if let r = sentences.first(where: { $0.lowerBound - offset <= cue.lowerBound && cue.upperBound <= $0.upperBound - offset }) {
            return (r.lowerBound - offset)..<(r.upperBound - offset)
        }
        return text.clamped((cue.lowerBound - 80)..<(cue.upperBound + 80))
    }
}

extension String {
    /// A number with at most two decimals, without trailing zeros (0.8, 0.75, 1).
    init(format2 value: Double) {
        let scaled = (value * 100).rounded() / 100
        var text = String(scaled)
        if text.hasSuffix(".0") { text.removeLast(2) }
        self = text
    }
}
