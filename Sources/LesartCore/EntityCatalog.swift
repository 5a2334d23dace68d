/// Where entity mentions get their identifier, canonical name and actor: the gazetteer
/// implements it; a document refers to the catalog that tagged it.
///
/// A catalog is one shared object (class-bound): a document's `any EntityCatalog` is then a
/// reference, which the name lookups of every mention use in place; an existential of
/// any value type would be copied out of the document (through its value witnesses)
/// for each lookup.
public protocol EntityCatalog: AnyObject, Sendable {
    /// The entry's stable identifier, e.g. `loc:country:RU`.
    func identifier(of entry: UInt32) -> String
    /// The entry's canonical German name, e.g. `Russland`.
    func canonicalName(of entry: UInt32) -> String
    /// The actor the entry stands for, e.g. `Russland` for `Moskau` or `Kreml`.
    func actor(of entry: UInt32) -> String
    /// Whether the entry may hold or be the target of a stance: states, their capitals and
    /// seats of government, state institutions, international bodies, armed groups, and
    /// persons who act for one of these. Regions, other cities, occupied areas, landscapes,
    /// companies and media are not actors.
    func isActor(_ entry: UInt32) -> Bool
    /// The entry's three names as JSON string literals, when the catalog made them and none
    /// needs an escape (see ``QuotedEntityNames``).
    func quotedNames(of entry: UInt32) -> QuotedEntityNames?
}

extension EntityCatalog {
    /// Catalogs that do not know say every entry is an actor.
    public func isActor(_ entry: UInt32) -> Bool { true }
    /// Catalogs that make none leave the writers to escape the names.
    public func quotedNames(of entry: UInt32) -> QuotedEntityNames? { nil }
}
