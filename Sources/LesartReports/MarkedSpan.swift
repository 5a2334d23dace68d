/// A span of text to wrap in markup: the tags that open it (`open` the first time,
/// `reopen` when it resumes after a crossing span closed it), the tail written before the
/// final close (an entity's label), and the closing tag.
public struct MarkedSpan: Sendable {
    public var range: Range<Int>
    public var open: String
    public var reopen: String
    public var tail: String
    public var close: String

    public init(range: Range<Int>, open: String, reopen: String? = nil, tail: String = "", close: String) {
        self.range = range
        self.open = open
        self.reopen = reopen ?? open
        self.tail = tail
        self.close = close
    }
}
