/// One document of a render page: its heading and counts, then its text paragraph by
/// paragraph with entity marks and cues, each paragraph followed by the list of the
/// stance records whose cue lies in it. An error record is shown as the error.
public struct DocumentSection {
    public let record: LesartRecord
    /// 1-based position on the page; ids inside the section start with `d<number>`.
    public let number: Int

    public init(record: LesartRecord, number: Int) {
        self.record = record
        self.number = number
    }

    var prefix: String { "d\(number)" }

    /// Spans whose offsets fall outside the text (offsets in another unit, or a wrong
    /// record): counted so the page and the caller can say so.
    public var outOfRangeSpans: Int {
        guard let text = record.text else { return 0 }
        let n = text.unicodeScalars.count
        let ranges = (record.entities ?? []).map { ($0.start, $0.end) } + (record.stances ?? []).map { ($0.cue.start, $0.cue.end) }
        return ranges.filter { $0.0 - record.offset < 0 || $0.1 - record.offset > n || $0.0 > $0.1 }.count
    }

    public var html: String {
        var out = "<article class=\"doc\" id=\"\(prefix)\"><h2>\(HTMLText.escaped(record.id))</h2>\n"
        if let error = record.error {
            return out + "<p class=\"error\">error: \(HTMLText.escaped(error))</p></article>\n"
        }
        let text = ScalarText(record.text ?? "")
        out += "<p class=\"summary\">\(summary(text))</p>\n"
        if outOfRangeSpans > 0 {
            out += "<p class=\"note\">\(outOfRangeSpans) annotation span(s) lie outside the text and are not shown "
                + "(are the offsets Unicode scalar offsets?)</p>\n"
        }
        let stances = (record.stances ?? []).enumerated().map { (number: $0.offset + 1, stance: $0.element) }
        let spans = entitySpans() + cueSpans(stances)
        for paragraph in text.paragraphs() {
            out += "<p class=\"text\">\(SpanMarkup.html(text, range: paragraph, spans: spans))</p>\n"
            let here = stances.filter { paragraph.contains($0.stance.cue.start - record.offset) }
            guard !here.isEmpty else { continue }
            out += "<ol class=\"records\">"
            for (number, stance) in here {
                out += StanceRow(stance: stance, number: number, prefix: prefix, text: text,
                                 entities: record.entities ?? [], sentences: record.sentences,
                                 offset: record.offset).html
            }
            out += "</ol>\n"
        }
        return out + "</article>\n"
    }

    /// "312 words · 14 entities (LOC 9, ORG 3, PER 2) · 5 stance records (support 3, threat 2)".
    private func summary(_ text: ScalarText) -> String {
        var words = 0
        var inWord = false
        for scalar in text.scalars {
            let letter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        var parts = ["\(words) word\(words == 1 ? "" : "s")"]
        if let entities = record.entities {
            parts.append("\(entities.count) entit\(entities.count == 1 ? "y" : "ies")" + breakdown(entities.map(\.label)))
        }
        if let stances = record.stances {
            parts.append("\(stances.count) stance record\(stances.count == 1 ? "" : "s")" + breakdown(stances.map(\.label)))
        } else {
            parts.append("no stance layer")
        }
        return HTMLText.escaped(parts.joined(separator: " · "))
    }

    /// " (LOC 9, ORG 3)" in order of frequency, or "" for none.
    private func breakdown(_ labels: [String]) -> String {
        guard !labels.isEmpty else { return "" }
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return " (" + sorted.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
    }

    /// Entity marks: label class and form class, the entity's index (`data-e`), the actor
    /// on hover, the label (and the form when not a plain name) after the mention.
    private func entitySpans() -> [MarkedSpan] {
        (record.entities ?? []).enumerated().map { index, e in
            let label = Palette.entityLabels.contains(e.label) ? e.label : "other"
            var classes = ["ent", label]
            if let form = e.form, form != "name" { classes.append(form == "derived" || form == "part" ? form : "other-form") }
            if e.actorName != e.text { classes.append("other-actor") }
            var title = "\(e.actorName) — \(e.label)"
            if let form = e.form { title += ", \(form)" }
            if let canonical = e.canonical, canonical != e.actorName { title += "; canonical: \(canonical)" }
            if let id = e.id { title += "; id: \(id)" }
            let attributes = "class=\"\(classes.joined(separator: " "))\" data-e=\"\(index)\" data-actor=\"\(HTMLText.escaped(e.actorName))\""
                + " title=\"\(HTMLText.escaped(title))\""
            var tag = HTMLText.escaped(e.label)
            if let form = e.form, form != "name" { tag += "·" + HTMLText.escaped(form) }
            return MarkedSpan(range: (e.start - record.offset)..<(e.end - record.offset),
                              open: "<mark \(attributes)>", tail: "<small>\(tag)</small>", close: "</mark>")
        }
    }

    /// Cue marks: one per cue span, underlined in the colour of its first record's label,
    /// dashed when all its records are negated, with links to its records.
    private func cueSpans(_ stances: [(number: Int, stance: RecordStance)]) -> [MarkedSpan] {
        var order: [Range<Int>] = []
        var byRange: [Range<Int>: [(number: Int, stance: RecordStance)]] = [:]
        for item in stances {
            let range = (item.stance.cue.start - record.offset)..<(item.stance.cue.end - record.offset)
            if byRange[range] == nil { order.append(range) }
            byRange[range, default: []].append(item)
        }
        return order.map { range in
            let items = byRange[range]!
            let first = items[0].stance
            let label = Palette.stanceLabels.contains(first.label) ? first.label : "unknown"
            let negated = items.allSatisfy { $0.stance.isNegated }
            let links = items.map { item in
                let l = Palette.stanceLabels.contains(item.stance.label) ? item.stance.label : "unknown"
                return "<a class=\"\(l)\" href=\"#\(prefix)-r\(item.number)\">\(item.number)</a>"
            }.joined(separator: ",")
            let classes = "cue \(label)" + (negated ? " negated" : "")
            let title = items.map { "\($0.stance.holder.actor) → \($0.stance.target.actor): \($0.stance.label)" }
                .joined(separator: "; ")
            let anchors = items.dropFirst().map { "<a id=\"\(prefix)-c\($0.number)\"></a>" }.joined()
            return MarkedSpan(range: range,
                              open: "<span class=\"\(classes)\" id=\"\(prefix)-c\(items[0].number)\" title=\"\(HTMLText.escaped(title))\">"
                                  + anchors,
                              reopen: "<span class=\"\(classes)\">",
                              tail: "<sup>\(links)</sup>", close: "</span>")
        }
    }
}
