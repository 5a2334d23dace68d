/// A self-contained HTML page for one document or a small batch: inline style, no
/// external resource, a four-line script that opens every record's details for printing.
/// A batch page starts with a table of contents.
public struct DocumentPage {
    public let records: [LesartRecord]
    public let title: String

    public init(records: [LesartRecord], title: String? = nil) {
        self.records = records
        self.title = title ?? (records.count == 1 ? records[0].id : "\(records.count) documents")
    }

    public var html: String {
        var out = """
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="lesart render">
        <title>Lesart: \(HTMLText.escaped(title))</title>
        <style>
        \(PageStyle.css)
        </style></head>
        <body>
        <header><h1>Lesart: \(HTMLText.escaped(title))</h1>
        \(Self.legend)</header>

        """
        if records.count > 1 {
            out += "<nav><ol>"
            for (k, record) in records.enumerated() {
                let count = record.stances.map { " (\($0.count) records)" } ?? ""
                out += "<li><a href=\"#d\(k + 1)\">\(HTMLText.escaped(record.id))</a>\(count)</li>"
            }
            out += "</ol></nav>\n"
        }
        for (k, record) in records.enumerated() {
            out += DocumentSection(record: record, number: k + 1).html
        }
        out += "<script>\(PageStyle.printScript)</script>\n</body></html>\n"
        return out
    }

    /// What the marks mean: entity labels and forms, stance labels, negated and
    /// non-asserted records.
    static let legend: String = {
        let names = ["PER": "person", "LOC": "place", "ORG": "organisation", "OTH": "other"]
        var items = Palette.entityLabels.map {
            "<span><mark class=\"ent \($0)\">\(names[$0]!)<small>\($0)</small></mark></span>"
        }
        items.append("<span><mark class=\"ent LOC derived\">russische<small>LOC·derived</small></mark></span>")
        items.append("<span><mark class=\"ent ORG part\">EU<small>ORG·part</small></mark>-Beitritt</span>")
        items += Palette.stanceLabels.map { "<span><span class=\"cue \($0)\">\($0)</span></span>" }
        items.append("<span class=\"rec negated\"><span class=\"tag negated\">negated</span> dashed</span>")
        items.append("<span class=\"rec modal\"><span class=\"tag modality\">reported</span> dotted</span>")
        items.append("<span class=\"hint\">hover a name for its actor · click a record for rule and evidence</span>")
        return "<p class=\"legend\">" + items.joined(separator: " ") + "</p>"
    }()
}
