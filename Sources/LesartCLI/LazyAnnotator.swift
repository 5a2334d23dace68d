import ArgumentParser
import Lesart
import LesartReports

/// Annotates plain text for `lesart render` when its input is not yet annotated: the German
/// pipeline is built on first use only (annotated JSONL needs no lexicons), and the result
/// goes through the JSONL contract like any other input.
final class LazyAnnotator {
    private let language: LanguageOption
    private let lexicons: String?
    private let convention: Convention
    private var session: PipelineSession?

    init(language: LanguageOption, lexicons: String?, convention: Convention) {
        self.language = language
        self.lexicons = lexicons
        self.convention = convention
    }

    /// The record Lesart's JSONL output would hold for `text` (scalar offsets).
    func record(id: String, text: String, fields: [String: String] = [:]) throws -> LesartRecord {
        if session == nil {
            do {
                session = try language.pipeline(lexicons: lexicons, convention: convention).makeSession()
            } catch {
                throw ValidationError("\(error)")
            }
        }
        var document = Document(id: id, text: text)
        try session!.annotate(&document)
        var out = OutputBuffer()
        JSONLWriter(offsets: .scalar).write(document, to: &out)
        var bytes = out.bytes
        if bytes.last == 0x0A { bytes.removeLast() }
        var record = try LesartRecordDecoder().decode(bytes, fallbackID: id)
        record.fields = fields
        return record
    }
}
