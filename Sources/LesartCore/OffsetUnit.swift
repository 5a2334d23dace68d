/// The unit in which offsets are written out.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalar values (code points): Python's `text[start:end]`. The default.
    case scalar
    /// UTF-16 code units: JavaScript, Java, NSString.
    case utf16
    /// UTF-8 bytes: the internal unit.
    case utf8
}
