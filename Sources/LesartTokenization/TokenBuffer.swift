import LesartCore

/// The scanner's growing list of tokens: appends without `Array`'s uniqueness and capacity
/// bookkeeping on every token (a third of the cost of emitting a plain word). Its memory is
/// kept from document to document and freed with ``deallocate()`` by the session's deinit.
struct TokenBuffer {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    var isEmpty: Bool { count == 0 }
    var last: Token? { count > 0 ? base[count - 1] : nil }

    subscript(index: Int) -> Token {
        get {
            precondition(index >= 0 && index < count, "token index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "token index out of range")
            base[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count &+= 1
    }

    /// Marks the last token as followed by whitespace.
    @inline(__always)
    mutating func markSpaceAfterLast() {
        if count > 0 { base[count - 1].flags.insert(.spaceAfter) }
    }

    /// Forgets all tokens, keeping the memory.
    mutating func removeAll() { count = 0 }

    /// The tokens as an array (one copy, into memory advised to take huge pages when it is
    /// large: see ``HugePages``).
    func toArray() -> [Token] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let start = buffer.baseAddress else { return }
            HugePages.advise(UnsafeMutableRawPointer(start), byteCount: count * MemoryLayout<Token>.stride)
            start.initialize(from: base, count: count)
            initialized = count
        }
    }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() { base.deallocate() }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
