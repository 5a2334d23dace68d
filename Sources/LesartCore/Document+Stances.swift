/// Typed accessors for stance records: the entities they link, the cue's text, the lemma.
extension Document {
    /// The entity mention that holds the stance.
    public func holder(of stance: Stance) -> Entity { entities[Int(stance.holder)] }

    /// The entity mention the stance is about.
    public func target(of stance: Stance) -> Entity { entities[Int(stance.target)] }

    /// The byte range of the cue ("lieferte", "Unterstützung für").
    public func cueByteRange(of stance: Stance) -> Range<Int> {
        Int(tokens[Int(stance.cueFirstToken)].start)..<Int(tokens[Int(stance.cueEndToken) - 1].end)
    }

    /// The cue's text as it stands in the document.
    public func cueText(of stance: Stance) -> String { text(ofBytes: cueByteRange(of: stance)) }

    /// The cue's lemma from the stance catalog ("liefern"), or the cue's text without a catalog.
    public func cueLemma(of stance: Stance) -> String {
        stanceCatalog?.lemma(of: stance.cue) ?? cueText(of: stance)
    }

    /// The sentence the stance was found in.
    public func sentence(of stance: Stance) -> Sentence { sentences[Int(stance.sentence)] }
}
