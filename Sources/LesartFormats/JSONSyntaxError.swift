/// Why ``JSONObjectParser`` rejected its input, and where (a byte offset in the input).
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var offset: Int
    public var reason: String

    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    /// The reason given when the input does not start with `{` (after whitespace and a BOM).
    public static let expectedObject = "expected an object"

    public var description: String { "\(reason) at byte \(offset)" }

    /// The 1-based column of the error in `bytes` (the parsed input), counted in Unicode
    /// scalars as an editor counts characters; ill-formed bytes count one each.
    public func column(in bytes: [UInt8]) -> Int {
        let end = min(max(offset, 0), bytes.count)
        var column = 1
        for byte in bytes[..<end] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
