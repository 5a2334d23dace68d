/// Which reference's token boundaries to follow where German references disagree.
public enum Convention: String, Sendable, CaseIterable {
    /// EmpiriST 2015 (as SoMaJo): hyphenated compounds and truncations stay one token
    /// (`EU-Beitritt`, `Ein-`). The default.
    case empirist
    /// UD German GSD: a hyphen between two words is a token of its own
    /// (`EU` `-` `Beitritt`, `Ein` `-` `und`); hyphens touching digits stay (`2-mal`).
    case ud
}
