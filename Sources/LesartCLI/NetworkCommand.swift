import ArgumentParser
import Foundation
import Lesart
import LesartReports

/// `lesart network`: aggregates Lesart JSONL into an actor network, streaming.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Aggregate Lesart JSONL into an actor network (CSV, GraphML, event rows or an HTML report).",
        discussion: """
            Reads annotated JSONL line by line (files, folders of *.jsonl, or standard
            input); memory grows with the number of actors and edges, not with the
            input.

            Examples:
              lesart annotate Corpora/ | lesart network --format html > network.html
              lesart network --format csv --output net/ annotated/  # edges.csv, nodes.csv
              lesart network --format graphml --min-count 3 news.jsonl > news.graphml
              lesart network --format events --date-field date news.jsonl > events.csv
              lesart network --date-field date --bucket month --labels threat news.jsonl
            """
    )

    @Option(help: "csv (edge list; nodes.csv too with --output), graphml, events or html.")
    var format: NetworkFormat = .csv

    @Option(help: "Output: a folder for csv (edges.csv, nodes.csv), a file otherwise. Default: standard output.")
    var output: String?

    @Option(help: "Top-level field holding each record's date (ISO 8601, YYYYMMDD or DD.MM.YYYY).")
    var dateField: String?

    @Option(help: "Time bucket for dated edges: day, week, month, quarter or year (default: month with --date-field).")
    var bucket: TimeBucket?

    @Option(help: "Smallest count (over all buckets) an edge needs; actors need as many mentions to appear without edges.")
    var minCount = 1

    @Option(help: "Stance labels to count, comma-separated (default: all).")
    var labels: String?

    @Option(help: "Modalities to count, comma-separated: asserted, reported, possible, conditional, intended (default: all).")
    var modality: String?

    @Option(help: "Polarities to count: affirmed, negated or all (default: affirmed; all for --format events).")
    var polarity: String?

    @Option(help: "Only records whose holder or target is one of these actors, comma-separated.")
    var actors: String?

    @Option(help: "Most actors drawn in the html report (the strongest by record count).")
    var maxNodes = 60

    @Option(help: "Folder holding the lexicons (default: $LESART_LEXICONS or the bundled Lexicons/).")
    var lexicons: String?

    @Argument(help: "Lesart JSONL files or folders (searched for *.jsonl). Standard input when none is given.")
    var files: [String] = []

    func validate() throws {
        if bucket != nil, dateField == nil { throw ValidationError("--bucket needs --date-field") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if let polarity, !["affirmed", "negated", "all"].contains(polarity) {
            throw ValidationError("--polarity must be affirmed, negated or all")
        }
    }

    func run() throws {
        let started = Date()
        let filter = makeFilter()
        let root = try? LexiconLocator.locate(language: EventsLexiconFile.folder, explicit: lexicons)
        var codes = ActorCodeBook()
        if let root {
            do { codes = try ActorCodeBook(lexicons: root) } catch { throw ValidationError("\(error)") }
        } else if format == .events {
            throw ValidationError("the events lexicons (Lexicons/events) were not found; give --lexicons DIR")
        } else {
            StandardError.write("lesart: warning: Lexicons/events not found: actors are coded from their mentions only\n")
        }
        var run = NetworkRun(filter: filter, codes: codes, dateField: dateField,
                             bucket: dateField == nil ? nil : (bucket ?? .month))
        if format == .events {
            let cameo: CameoCodeBook
            do { cameo = try CameoCodeBook(folder: root! + "/events") } catch { throw ValidationError("\(error)") }
            try run.writeEvents(sources: sources(), cameo: cameo, output: output)
        } else {
            run.aggregate(sources: sources())
            try NetworkOutput(format: format, output: output, maxNodes: maxNodes, filter: filter).write(run.network)
        }
        run.summarize(since: started)
        if run.problems.count > 0 { throw ExitCode(1) }
    }

    private func sources() -> [InputSource] { InputSource.expand(files, format: .jsonl) }

    private func makeFilter() -> NetworkFilter {
        func set(_ list: String?) -> Set<String>? {
            list.map { Set($0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }) }
        }
        let polarities: Set<String>?
        switch polarity ?? (format == .events ? "all" : "affirmed") {
        case "all": polarities = nil
        case let one: polarities = [one]
        }
        return NetworkFilter(labels: set(labels), modalities: set(modality), polarities: polarities,
                             actors: set(actors), minCount: minCount)
    }
}
