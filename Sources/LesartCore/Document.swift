/// One text and everything the stages found in it.
///
/// The text is kept exactly as given, in one UTF-8 buffer that is never rewritten.
/// Stages append flat annotation arrays that refer to byte offsets (tokens) or to token
/// indices (sentences). Offsets become Unicode scalar or UTF-16 offsets only when written
/// out (see ``OffsetConverter``).
public struct Document: Sendable {
    /// The caller's identifier, passed through to the output.
    public var id: String?
    /// Whether ``id`` is a JSON array or object as the input record gave it (compact JSON
    /// text), which JSON writers copy as it is instead of writing a string.
    public var idIsJSON = false
    /// Further fields of the input record, carried to the output unchanged: JSON members
    /// (`"source":"taz","year":2024`) without braces; empty when there are none.
    public var carriedFields: [UInt8] = []
    /// Set when the text is one chunk of a larger file: writers then give offsets relative
    /// to the file.
    public var chunk: TextChunk?
    /// The text, exactly as given, as valid UTF-8 (replaced only by ``reset(id:validatedUTF8:)``).
    public internal(set) var utf8: [UInt8]
    /// Tokens in text order; they do not overlap and only whitespace lies between them.
    public var tokens: [Token] = []
    /// Sentences in text order; they partition ``tokens``.
    public var sentences: [Sentence] = []
    /// Entity mentions in text order; they do not overlap.
    public var entities: [Entity] = []
    /// The catalog the entities' `entry` indices refer to (set by the entity tagger).
    public var entityCatalog: (any EntityCatalog)?
    /// Stance records in sentence order.
    public var stances: [Stance] = []
    /// The catalog the stances' cue and rule indices refer to (set by the stance detector).
    public var stanceCatalog: (any StanceCatalog)?
    /// Token word ids one stage looked up for a later one (see ``HandedOnWordIDs``).
    package var handedOnWordIDs = HandedOnWordIDs()

    /// Creates a document from a Swift string (always valid UTF-8).
    public init(id: String? = nil, text: String) {
        self.id = id
        self.utf8 = Array(text.utf8)
    }

    /// Creates a document from bytes already checked to be UTF-8 (see ``UTF8Validator``).
    public init(id: String? = nil, validatedUTF8 bytes: [UInt8]) {
        self.id = id
        self.utf8 = bytes
    }

    /// The whole text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The text of a token, sliced from the buffer.
    public func text(of token: Token) -> String {
        text(ofBytes: token.byteRange)
    }

    /// The text between two byte offsets.
    public func text(ofBytes range: Range<Int>) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The byte range a sentence covers, from its first token's start to its last token's end.
    public func byteRange(of sentence: Sentence) -> Range<Int> {
        guard sentence.endToken > sentence.firstToken else { return 0..<0 }
        return Int(tokens[Int(sentence.firstToken)].start)..<Int(tokens[Int(sentence.endToken) - 1].end)
    }

    /// The text of a sentence, including the whitespace between its tokens.
    public func text(of sentence: Sentence) -> String {
        text(ofBytes: byteRange(of: sentence))
    }

    /// The byte range an entity mention covers.
    public func byteRange(of entity: Entity) -> Range<Int> {
        Int(tokens[Int(entity.firstToken)].start)..<Int(tokens[Int(entity.endToken) - 1].end)
    }

    /// The text of an entity mention.
    public func text(of entity: Entity) -> String {
        text(ofBytes: byteRange(of: entity))
    }

    /// The canonical name of an entity: from the catalog, from its antecedent, or the
    /// mention's text.
    public func canonicalName(of entity: Entity) -> String {
        // No name range: the entity has an entry and there is a catalog.
        guard let range = nameRange(of: entity) else { return entityCatalog!.canonicalName(of: entity.entry) }
        return text(ofBytes: range)
    }

    /// The bytes of the mention that names an entity without a catalog entry: its
    /// antecedent's, or its own. Its ``canonicalName(of:)`` and ``actor(of:)`` are their text;
    /// nil for an entity the catalog names. (The JSONL writer escapes these bytes as they are.)
    package func nameRange(of entity: Entity) -> Range<Int>? {
        if entity.entry != Entity.noEntry, entityCatalog != nil { return nil }
        if entity.antecedent != Entity.noEntry, Int(entity.antecedent) < entities.count {
            return byteRange(of: entities[Int(entity.antecedent)])
        }
        return byteRange(of: entity)
    }

    /// The actor an entity stands for: from the catalog, or its canonical name.
    public func actor(of entity: Entity) -> String {
        if entity.entry != Entity.noEntry, let entityCatalog { return entityCatalog.actor(of: entity.entry) }
        return canonicalName(of: entity)
    }

    /// Whether an entity may be offered to the stance stage as an actor: its catalog entry is
    /// an actor (see ``EntityCatalog/isActor(_:)``); a description or reference without
    /// entry counts when its antecedent does, a generic group description (`Jihadisten`)
    /// counts; other mentions found by rule (persons, streets, unlisted towns) do not.
    public func isActor(_ entity: Entity) -> Bool {
        if entity.entry != Entity.noEntry, let entityCatalog { return entityCatalog.isActor(entity.entry) }
        if entity.antecedent != Entity.noEntry, Int(entity.antecedent) < entities.count, entity.form == .reference {
            return isActor(entities[Int(entity.antecedent)])
        }
        return entity.form == .description && entity.label == .organisation
    }

    /// The identifier of an entity's entry, or nil for a mention found by a rule.
    public func identifier(of entity: Entity) -> String? {
        if entity.entry != Entity.noEntry, let entityCatalog { return entityCatalog.identifier(of: entity.entry) }
        return nil
    }

    /// The tokens of a sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> {
        tokens[sentence.tokenRange]
    }
}
