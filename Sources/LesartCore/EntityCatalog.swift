/// Where entity mentions get their identifier, canonical name and actor: the gazetteer
/// implements it; a document refers to the catalog that tagged it.
public protocol EntityCatalog: Sendable {
    /// The entry's stable identifier, e.g. `loc:country:RU`.
    func identifier(of entry: UInt32) -> String
    /// The entry's canonical German name, e.g. `Russland`.
    func canonicalName(of entry: UInt32) -> String
    /// The actor the entry stands for, e.g. `Russland` for `Moskau` or `Kreml`.
    func actor(of entry: UInt32) -> String
}
