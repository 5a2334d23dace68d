/// Which reference's token boundaries to follow where German references disagree.
public enum Convention: String, Sendable, CaseIterable {
    /// EmpiriST 2015 (as SoMaJo): hyphenated compounds and truncations stay one token
    /// (`EU-Beitritt`, `Ein-`). The default.
    case empirist
    /// UD German (GSD's tokens): a hyphen between two words is a token of its own
    /// (`EU` `-` `Beitritt`, `Ein` `-` `und`); hyphens touching digits stay (`2-mal`).
    /// A semicolon before a sentence-opening word ends a sentence; a colon does not
    /// (direct speech, announcements), as in the UD German treebanks.
    case ud
}
