/// Word ids of a document's tokens that one pipeline stage looked up for a later one.
///
/// The entity stage looks every token up once in a table merged from the gazetteer's and
/// the stance lexicon's words (LesartTokenization's `SharedWordTable`) and hands the
/// stance lexicon's ids on here, so the stance stage does not hash the tokens again. The
/// stance stage takes them only when they name its table and count its tokens; the
/// `PipelineSession` clears them once the stage after the one that handed them on has run.
/// Package-internal: no part of the document model users see.
package struct HandedOnWordIDs: Sendable {
    /// The table the ids belong to (the `ObjectIdentifier` of its `SharedWordTable`), or nil.
    package var table: ObjectIdentifier?
    /// One id per token; -1 for a word the table does not know.
    package var ids: [Int32]

    package init(table: ObjectIdentifier? = nil, ids: [Int32] = []) {
        self.table = table
        self.ids = ids
    }

    /// The ids, if they are `table`'s for `tokenCount` tokens.
    package func ids(of table: ObjectIdentifier, tokenCount: Int) -> [Int32]? {
        self.table == table && ids.count == tokenCount ? ids : nil
    }
}
