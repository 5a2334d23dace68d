extension ByteStringTable {
    /// The value for the bytes in `slice`, or else for them with the first letter's case
    /// flipped (sentence-initial capitals: `Usw.` → `usw.`, `Österr.` → `österr.`): ASCII
    /// letters both ways, Latin-1 capitals to small letters. No copy of the word is made.
    @inlinable
    public func value(foldingFirstLetterOf slice: Slice<UnsafeBufferPointer<UInt8>>) -> Value? {
        if let value = lookup(slice) { return value }
        guard !slice.isEmpty else { return nil }
        let start = slice.startIndex
        let b0 = slice[start]
        if b0 >= 0x41 && b0 <= 0x5A {
            return lookup(PatchedBytes(slice, replacing: start, with: b0 + 0x20))
        } else if b0 >= 0x61 && b0 <= 0x7A {
            return lookup(PatchedBytes(slice, replacing: start, with: b0 - 0x20))
        } else if b0 == 0xC3, slice.count > 1, (0x80...0x9E).contains(slice[start + 1]), slice[start + 1] != 0x97 {
            return lookup(PatchedBytes(slice, replacing: start + 1, with: slice[start + 1] + 0x20))
        }
        return nil
    }
}
