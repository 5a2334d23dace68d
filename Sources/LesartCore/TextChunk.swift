/// Where a document lies in a larger file that was read in paragraph-aligned chunks:
/// the chunk's number and the offset of its first character in the file, in every unit.
/// Writers add the offset, so positions stay relative to the file.
public struct TextChunk: Sendable, Hashable {
    /// 0-based number of the chunk in its file.
    public var index: Int
    /// Offsets of the chunk's first character in the file.
    public var utf8Offset: Int
    public var scalarOffset: Int
    public var utf16Offset: Int

    public init(index: Int, utf8Offset: Int, scalarOffset: Int, utf16Offset: Int) {
        self.index = index
        self.utf8Offset = utf8Offset
        self.scalarOffset = scalarOffset
        self.utf16Offset = utf16Offset
    }

    /// The chunk's offset in `unit`.
    public func offset(in unit: OffsetUnit) -> Int {
        switch unit {
        case .utf8: utf8Offset
        case .scalar: scalarOffset
        case .utf16: utf16Offset
        }
    }

    /// The chunk that follows one holding `utf8`, which started at this chunk's offsets.
    public func next(after utf8: [UInt8]) -> TextChunk {
        var scalars = OffsetConverter(utf8: utf8, unit: .scalar, base: scalarOffset)
        var utf16 = OffsetConverter(utf8: utf8, unit: .utf16, base: utf16Offset)
        return TextChunk(index: index + 1, utf8Offset: utf8Offset + utf8.count,
                         scalarOffset: scalars.convert(utf8.count), utf16Offset: utf16.convert(utf8.count))
    }
}
