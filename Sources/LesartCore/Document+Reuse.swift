extension Document {
    /// Makes this document what `Document(id: id, validatedUTF8: bytes)` would be, but keeps
    /// the memory of its annotation arrays for the new text.
    ///
    /// A loop that annotates many texts one after another can reuse one document: the
    /// token array of a large text (a 21 MB text has 39 MB of tokens) is then not allocated
    /// and first touched, page by page, for every text. The arrays are emptied, the
    /// catalogs, chunk, carried fields and id replaced; results are the same as with a new
    /// document. Memory kept this way is freed with the document.
    public mutating func reset(id: String? = nil, validatedUTF8 bytes: [UInt8]) {
        self.id = id
        idIsJSON = false
        carriedFields.removeAll(keepingCapacity: true)
        chunk = nil
        utf8 = bytes
        tokens.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        entities.removeAll(keepingCapacity: true)
        entityCatalog = nil
        stances.removeAll(keepingCapacity: true)
        stanceCatalog = nil
        handedOnWordIDs.table = nil
        handedOnWordIDs.ids.removeAll(keepingCapacity: true)
    }
}
