/// A byte range of the text with one byte replaced, as a collection: table lookups of a
/// word with its first letter's case flipped (`Die` → `die`) without copying the word.
@usableFromInline
struct PatchedBytes: Collection {
    @usableFromInline let base: Slice<UnsafeBufferPointer<UInt8>>
    /// Index (in `base`'s indices) of the replaced byte.
    @usableFromInline let patchedIndex: Int
    @usableFromInline let patchedByte: UInt8

    @inlinable init(_ base: Slice<UnsafeBufferPointer<UInt8>>, replacing index: Int, with byte: UInt8) {
        self.base = base
        self.patchedIndex = index
        self.patchedByte = byte
    }

    @inlinable var startIndex: Int { base.startIndex }
    @inlinable var endIndex: Int { base.endIndex }
    @inlinable var count: Int { base.count }
    @inlinable func index(after i: Int) -> Int { i + 1 }
    @inlinable subscript(position: Int) -> UInt8 { position == patchedIndex ? patchedByte : base[position] }
}
