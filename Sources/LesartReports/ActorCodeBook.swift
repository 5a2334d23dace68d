import Foundation
import LesartCore

/// Codes for actors, by actor name. An actor is the canonical name of a gazetteer entry
/// that stands for itself (ACTOR = CANONICAL: Russland, NATO); a country entry
/// (`loc:country:RU`) gives the ISO 3166-1 alpha-3 code from `events/iso3166-alpha3.tsv`,
/// any other entry its id. When several entries stand for the same actor, a country wins,
/// then the first in file order. Actors no entry names (persons found by rule) can still
/// be coded from a mention whose canonical name is the actor (``learn(from:)``).
public struct ActorCodeBook: Sendable {
    private var codes: [String: ActorCode]

    /// An empty book (every actor uncoded until learned).
    public init() { codes = [:] }

    /// Reads the gazetteer's entity files (`gazetteer/*.tsv` but demonyms.tsv, columns
    /// `ID LABEL CANONICAL ACTOR …`) and the alpha-3 table under `lexicons`.
    public init(lexicons: String) throws(LexiconError) {
        let table = try EventsLexiconFile.isoAlpha3.load(from: lexicons + "/" + EventsLexiconFile.folder)
        let alpha3 = Dictionary(table.lines.map { ($0.fields[0], $0.fields[1]) }, uniquingKeysWith: { a, _ in a })
        let folder = lexicons + "/" + GazetteerLexiconFile.folder
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw LexiconError(file: folder, line: 0, reason: "cannot list the gazetteer folder: \(error.localizedDescription)")
        }
        var codes: [String: ActorCode] = [:]
        for name in names.sorted() where GazetteerLexiconFile.isEntityFile(name) {
            let file = try LexiconFile(path: folder + "/" + name, minFields: 4, maxFields: 16)
            for line in file.lines {
                let (id, canonical, actor) = (line.fields[0], line.fields[2], line.fields[3])
                guard actor == canonical || actor == "-" else { continue }
                let code: ActorCode
                if id.hasPrefix("loc:country:"), let iso = alpha3[String(id.dropFirst("loc:country:".count))] {
                    code = ActorCode(code: iso, kind: "state")
                } else {
                    code = ActorCode(code: id, kind: ActorCode.kind(ofID: id))
                }
                if let old = codes[canonical], old.kind == "state" || code.kind != "state" { continue }
                codes[canonical] = code
            }
        }
        self.codes = codes
    }

    /// The code of `actor`, if known.
    public func code(of actor: String) -> ActorCode? { codes[actor] }

    /// Learns a code from a mention that names its actor itself (canonical = actor, an id),
    /// when the actor has none yet.
    public mutating func learn(from entity: RecordEntity) {
        guard let id = entity.id, let actor = entity.actor, actor == entity.canonical, codes[actor] == nil else { return }
        codes[actor] = ActorCode(code: id, kind: ActorCode.kind(ofID: id))
    }
}
