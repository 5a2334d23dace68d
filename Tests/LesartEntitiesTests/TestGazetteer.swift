import Foundation
import Lesart
import TestSupport

/// A small gazetteer written for the tests into a temporary Lexicons folder (the
/// tokenizer lists are the project's own), so entity tests stand alone and know exactly
/// which entries exist.
enum TestGazetteer {
    static let entities = """
        # test entities
        loc:country:RU\tLOC\tRussland\t-\tRussland|Russische Föderation\tinflect
        loc:country:UA\tLOC\tUkraine\t-\tUkraine\tinflect
        loc:country:US\tLOC\tVereinigte Staaten\t-\tVereinigte Staaten|USA|US\tinflect
        loc:country:IR\tLOC\tIran\t-\tIran\tinflect
        loc:country:DE\tLOC\tDeutschland\t-\tDeutschland\tinflect
        loc:country:FR\tLOC\tFrankreich\t-\tFrankreich\tinflect
        loc:geo:nahost\tLOC\tNaher Osten\t-\tNaher Osten\tinflect
        loc:city:moskau\tLOC\tMoskau\tRussland\tMoskau\tinflect
        loc:city:teheran\tLOC\tTeheran\tIran\tTeheran\tinflect
        loc:city:paris\tLOC\tParis\tFrankreich\tParis\tinflect
        loc:city:essen\tLOC\tEssen\tDeutschland\t?Essen\tinflect
        org:kreml\tORG\tKreml\tRussland\tKreml\tinflect
        org:eu\tORG\tEuropäische Union\t-\tEuropäische Union|EU\tinflect
        org:weisses-haus\tORG\tWeißes Haus\tVereinigte Staaten\tWeißes Haus\tinflect
        org:linke\tORG\tDie Linke\t-\t?Linke\tinflect
        org:nato\tORG\tNATO\t-\tNATO|Nato\texact
        per:putin\tPER\tWladimir Putin\tRussland\tWladimir Putin|Putin\tinflect
        per:assad\tPER\tBaschar al-Assad\tSyrien\tBaschar al-Assad|Assad\tinflect
        loc:country:SY\tLOC\tSyrien\t-\tSyrien\tinflect
        loc:country:IT\tLOC\tItalien\t-\tItalien\tinflect
        loc:geo:preussen\tLOC\tPreußen\t-\tPreußen\tinflect
        loc:city:osnabrueck\tLOC\tOsnabrück\tDeutschland\tOsnabrück\tinflect
        """
    static let demonyms = """
        loc:country:RU\trussisch\tRusse|Russen|Russin|Russinnen
        loc:country:FR\tfranzösisch\tFranzose|Franzosen|Französin|Französinnen
        loc:city:paris\t-\tPariser|Parisern|Pariserin
        loc:country:DE\tdeutsch\tDeutscher|Deutsche|Deutschen
        loc:country:US\tamerikanisch|us-amerikanisch\tAmerikaner|Amerikanern|Amerikanerin
        """

    /// Writes a Lexicons folder with the given gazetteer files and returns its path.
    static func folder(entities: String = entities, demonyms: String = demonyms,
                       firstNames: String = "Heidi\nAngela\nBoris\nOlaf\n",
                       roleWords: String = "Präsident\nMinisterpräsident\nKanzler\nSprecher\n",
                       extraFiles: [String: String] = [:]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lesart-gazetteer-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("gazetteer"), withIntermediateDirectories: true)
        let lexicons = Fixtures.packageRoot.appendingPathComponent("Lexicons")
        for language in ["de", "common"] {
            try fm.copyItem(at: lexicons.appendingPathComponent(language), to: root.appendingPathComponent(language))
        }
        for list in ["location-cues.txt", "name-particles.txt", "articles.txt", "place-prefixes.txt",
                     "place-words.txt", "organisation-words.txt", "place-endings.txt", "rule-words.txt",
                     "group-adjective-endings.txt", "adjective-prefixes.txt", "adjective-stem-endings.txt",
                     "arabic-articles.txt", "organ-prefixes.txt"] {
            try fm.copyItem(at: lexicons.appendingPathComponent("gazetteer/" + list),
                            to: root.appendingPathComponent("gazetteer/" + list))
        }
        let files = ["entities.tsv": entities, "demonyms.tsv": demonyms,
                     "first-names.txt": firstNames, "role-words.txt": roleWords]
        for (name, content) in files.merging(extraFiles, uniquingKeysWith: { _, extra in extra }) {
            try content.write(to: root.appendingPathComponent("gazetteer/" + name), atomically: true, encoding: .utf8)
        }
        return root.path
    }

    /// A tagger over the default test gazetteer, built once.
    static let shared: (tokenizer: Tokenizer, splitter: SentenceSplitter, tagger: EntityTagger) = {
        do {
            let path = try folder()
            let profile = try LanguageProfile.german(lexicons: path)
            let tokenizer = Tokenizer(profile: profile)
            let gazetteer = try Gazetteer(lexicons: path, tokenizer: tokenizer)
            return (tokenizer, SentenceSplitter(profile: profile), EntityTagger(gazetteer: gazetteer))
        } catch {
            fatalError("cannot build the test gazetteer: \(error)")
        }
    }()

    /// Tags `text` and returns (text, label, form, canonical, actor) for each mention.
    static func mentions(_ text: String) throws -> [Mention] {
        var document = Document(text: text)
        try shared.tokenizer.makeSession().tokenize(&document)
        shared.splitter.split(&document)
        shared.tagger.tag(&document)
        return document.entities.map {
            Mention(text: document.text(of: $0), label: $0.label.name, form: $0.form.description,
                    canonical: document.canonicalName(of: $0), actor: document.actor(of: $0))
        }
    }
}

/// A tagged mention, compared field by field in tests.
struct Mention: Equatable, CustomStringConvertible {
    let text: String
    let label: String
    let form: String
    let canonical: String
    let actor: String

    init(text: String, label: String, form: String, canonical: String, actor: String) {
        self.text = text
        self.label = label
        self.form = form
        self.canonical = canonical
        self.actor = actor
    }

    var description: String { "\(text)/\(label)/\(form)/\(canonical)→\(actor)" }
}
