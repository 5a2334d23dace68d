import LesartWords

extension ByteStringTable {
    /// The value for the bytes in `slice`, or else for them with the first letter's case
    /// flipped (sentence-initial capitals: `Usw.` → `usw.`, `Österr.` → `österr.`): ASCII
    /// letters both ways, Latin-1 capitals to small letters (``LetterCase``). No copy of the
    /// word is made. (Not inlinable: the case facts are package-internal; the module's own
    /// callers get it inlined by whole-module optimisation.)
    public func value(foldingFirstLetterOf slice: Slice<UnsafeBufferPointer<UInt8>>) -> Value? {
        if let value = lookup(slice) { return value }
        guard !slice.isEmpty else { return nil }
        let start = slice.startIndex
        let b0 = slice[start]
        let b1 = slice.count > 1 ? slice[start + 1] : 0
        guard let flip = CaseFlip.lowercasing(b0, b1) ?? (b0 < 0x80 ? CaseFlip.uppercasing(b0, b1) : nil) else { return nil }
        return lookup(PatchedBytes(slice, replacing: start + flip.offset, with: flip.byte))
    }
}
