import ArgumentParser
import Foundation
import Lesart

/// `lesart explain`: shows how the stages read a text, to debug the rules.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show tokens, entities, stance cues and which rules fired or were blocked, and why.",
        discussion: """
            Examples:
              lesart explain "Den Iran unterstützt Russland nicht mehr."
              echo "Moskau drohte Kiew mit Vergeltung." | lesart explain
            """
    )

    @OptionGroup var options: ProcessingOptions

    @Argument(help: "The text to explain. Standard input when none is given.")
    var text: [String] = []

    func run() throws {
        let pipeline: Pipeline
        let session: PipelineSession
        do {
            pipeline = try options.pipeline()
            session = try pipeline.makeSession()
        } catch {
            throw ValidationError("\(error)")
        }
        let input = text.isEmpty
            ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            : text.joined(separator: " ")
        var document = Document(id: "explain", text: input)
        try session.annotate(&document)
        var lines: [String] = ["tokens:"]
        for (index, token) in document.tokens.enumerated() {
            lines.append("  \(index)\t\(document.text(of: token))\t\(token.kind.name)")
        }
        lines.append("entities:")
        for (index, entity) in document.entities.enumerated() {
            var line = "  \(index)\t\(document.text(of: entity))\t\(entity.label.name) \(entity.form.description)"
                + "\t→ \(document.actor(of: entity))"
            if !document.isActor(entity) { line += " (not an actor)" }
            // The chain of a description or reference: "Landes → 3 Russland → …".
            var link = entity.antecedent
            var seen = Set<UInt32>()
            while link != Entity.noEntry, Int(link) < document.entities.count, seen.insert(link).inserted {
                line += "\t⇐ \(link) \(document.text(of: document.entities[Int(link)]))"
                link = document.entities[Int(link)].antecedent
            }
            lines.append(line)
        }
        lines.append("stance rules:")
        if let stage = pipeline.stages.lazy.compactMap({ $0 as? StanceStage }).first {
            lines += stage.detector.explain(document)
        }
        lines.append("records:")
        for stance in document.stances {
            let holder = document.actor(of: document.holder(of: stance))
            let target = document.actor(of: document.target(of: stance))
            lines.append("  \(holder) → \(target)\t\(stance.label.name)\t\(stance.polarity.name)\t\(stance.modality.name)"
                + "\tcue: \(document.cueLemma(of: stance))")
        }
        var out = OutputBuffer()
        out.append(lines.joined(separator: "\n") + "\n")
        StandardOutput.write(out.bytes)
    }
}
