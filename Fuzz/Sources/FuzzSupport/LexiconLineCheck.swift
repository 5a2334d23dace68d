import Lesart

/// The invariants of ``LexiconFile``, the line parser every lexicon format shares.
public enum LexiconLineCheck {
    /// Field counts for an option byte: `option % 4 + 1` up to that plus `option / 64`.
    public static func fields(option: UInt8) -> ClosedRange<Int> {
        let low = Int(option % 4) + 1
        return low...(low + Int(option / 64))
    }

    /// Parses `contents` with the given field counts. Either an error naming the file and a
    /// line within it, or lines in order, each with an allowed field count, no field empty,
    /// padded or holding a TAB or line break.
    public static func check(_ contents: [UInt8], fields: ClosedRange<Int>) {
        let lineCount = contents.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let file: LexiconFile
        do {
            file = try LexiconFile(path: "fuzz.tsv", contents: contents, minFields: fields.lowerBound,
                                   maxFields: fields.upperBound)
        } catch {
            FuzzCheck.require(error.file == "fuzz.tsv" && (0...lineCount).contains(error.line),
                              "error \(error) names no line of the file")
            return
        }
        var previous = 0
        for line in file.lines {
            FuzzCheck.require(line.number > previous && line.number <= lineCount, "line number \(line.number) out of order")
            previous = line.number
            FuzzCheck.require(fields.contains(line.fields.count), "line \(line.number) has \(line.fields.count) fields")
            for field in line.fields {
                FuzzCheck.require(!field.isEmpty && field.first != " " && field.last != " "
                    && !field.utf8.contains(0x09) && !field.utf8.contains(0x0A), "field \(String(reflecting: field))")
            }
        }
    }
}
