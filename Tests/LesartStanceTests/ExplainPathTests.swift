import Testing
import Lesart

/// `lesart explain` and `annotate` take the same path: every record the trace shows firing
/// (and not dropped as a repeat) is a record of the document, and no record is emitted
/// that the trace does not show.
@Suite("Stance: explain shows what annotate emits")
struct ExplainPathTests {
    static let texts = [
        "Der Iran unterstützt Russland. Das Wetter war schlecht. Es liefert auch Drohnen.",
        "Die Türkei hat gewählt. Sie kritisiert Schweden. Die Gespräche dauerten lange.",
        "Frankreich stärkt die Beziehungen zu Indien. Indien bezeichnete Pakistan als Terrorstaat.",
        "Die vom Iran unterstützten Huthi-Rebellen greifen Israel an. Israel droht dem Iran.",
        "Polen lobte die Ukraine. Polen lobte die Ukraine erneut und unterstützt die Ukraine.",
        "Ein Treffen in Berlin. Morgen reist der Minister ab. Russland bedroht Litauen nicht mehr.",
    ]

    /// `"rule: Holder → Target label"` of each firing line of the trace, without the repeats dropped.
    static func firing(in trace: [String]) -> [String] {
        var fired: [String] = []
        for line in trace {
            let body = line.drop { $0 == " " }
            if body.hasPrefix("dropped as a repeat: ") {
                // "dropped as a repeat: H → T label (rule)"
                let rest = body.dropFirst("dropped as a repeat: ".count)
                guard let open = rest.lastIndex(of: "(") else { continue }
                let rule = rest[rest.index(after: open)...].dropLast()
                let key = "\(rule): \(rest[..<open].dropLast())"
                if let k = fired.firstIndex(of: key) { fired.remove(at: k) }
                continue
            }
            guard ["cue ", "relation ", "attribute ", "evaluation "].contains(where: { body.hasPrefix($0) }),
                  let arrow = body.range(of: " → ") else { continue }
            // "<kind> '<cue>' … <rule>: <Holder> → <Target> <label> …"
            let head = body[..<arrow.lowerBound]
            guard let colon = head.range(of: ": ", options: .backwards) else { continue }
            let rule = head[..<colon.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let holder = head[colon.upperBound...]
            let tail = body[arrow.upperBound...]
            guard let label = ["support", "distancing", "threat"].first(where: { tail.contains(" \($0)") }),
                  let end = tail.range(of: " \(label)") else { continue }
            fired.append("\(rule): \(holder) → \(tail[..<end.lowerBound]) \(label)")
        }
        return fired.sorted()
    }

    @Test("each firing in the trace is a record, and each record is a firing", arguments: texts)
    func samePath(_ text: String) throws {
        for convention in Convention.allCases {
            let doc = try StancePipeline.analyse(text, convention: convention)
            let trace = StancePipeline.detector.explain(doc)
            let emitted = doc.stances.map { s in
                "\(doc.stanceCatalog?.ruleName(of: s.rule) ?? "?"): \(doc.actor(of: doc.entities[Int(s.holder)])) → "
                    + "\(doc.actor(of: doc.entities[Int(s.target)])) \(s.label.name)"
            }.sorted()
            #expect(!emitted.isEmpty, "the texts are chosen to yield records")
            #expect(Self.firing(in: trace) == emitted, "[\(convention.rawValue)] trace:\n\(trace.joined(separator: "\n"))")
        }
    }

    @Test("a sentence without a cue or a second actor is reported as not analysed, as annotate skips it")
    func skipped() throws {
        let doc = try StancePipeline.analyse(
            "Der Iran unterstützt Russland. Das Wetter in Moskau blieb kalt und grau. Ungarn kritisiert sich selbst.",
            convention: .ud)
        let trace = StancePipeline.detector.explain(doc)
        let message = Comment(rawValue: "trace:\n" + trace.joined(separator: "\n"))
        let second = try #require(trace.firstIndex { $0.hasPrefix("sentence 1:") }, message)
        let third = try #require(trace.firstIndex { $0.hasPrefix("sentence 2:") }, message)
        #expect(trace[second + 1] == "  not analysed: no cue word", message)
        #expect(trace[third + 1] == "  not analysed: it cannot name two different actors", message)
        #expect(!trace.contains { $0.hasPrefix("  clause") && $0.contains("Wetter") }, message)
    }
}
