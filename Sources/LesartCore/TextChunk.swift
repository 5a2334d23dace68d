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
        let (scalars, utf16) = utf8.withUnsafeBufferPointer { bytes -> (Int, Int) in
            guard let start = bytes.baseAddress else { return (0, 0) }
            return (OffsetConverter.units(in: start, count: bytes.count, unit: .scalar),
                    OffsetConverter.units(in: start, count: bytes.count, unit: .utf16))
        }
        return TextChunk(index: index + 1, utf8Offset: utf8Offset + utf8.count,
                         scalarOffset: scalarOffset + scalars, utf16Offset: utf16Offset + utf16)
    }
}
