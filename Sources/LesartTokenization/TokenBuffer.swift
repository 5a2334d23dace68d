import LesartCore

/// The scanner's growing list of tokens: appends without `Array`'s uniqueness and capacity
/// bookkeeping on every token (a third of the cost of emitting a plain word). Its own memory
/// is kept from document to document and freed with ``deallocate()`` by the session's deinit.
///
/// For a large document the tokens are written straight into the document's new array
/// instead (``attach(_:)``), which saves copying them there afterwards (a 21 MB text has
/// 39 MB of tokens); should they outgrow it, they move to the buffer's own memory.
struct TokenBuffer {
    /// Where the tokens are written: `own`, or the attached array's memory.
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0
    private var own: UnsafeMutablePointer<Token>
    private var ownCapacity: Int
    /// The tokens are being written into attached memory.
    private var isAttached = false

    init(capacity: Int = 4096) {
        ownCapacity = max(capacity, 16)
        own = .allocate(capacity: ownCapacity)
        base = own
        self.capacity = ownCapacity
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

    /// Forgets all tokens, keeping the memory (and detaching attached memory).
    mutating func removeAll() {
        count = 0
        isAttached = false
        base = own
        capacity = ownCapacity
    }

    /// Writes the tokens from now on into `destination`, the uninitialized memory of a new
    /// array. The buffer must be empty.
    mutating func attach(_ destination: UnsafeMutableBufferPointer<Token>) {
        precondition(count == 0, "attach to an empty token buffer")
        guard let start = destination.baseAddress, destination.count > 0 else { return }
        base = start
        capacity = destination.count
        isAttached = true
    }

    /// Ends writing into attached memory: returns how many tokens it holds and forgets
    /// them, or returns 0 when they outgrew it and moved to the buffer's own memory (where
    /// ``append(to:)`` finds them).
    mutating func detach() -> Int {
        guard isAttached else { return 0 }
        let written = count
        removeAll()
        return written
    }

    /// Appends the tokens to `array` (one copy, into its room when it has enough).
    func append(to array: inout [Token]) { array.append(contentsOf: UnsafeBufferPointer(start: base, count: count)) }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() { own.deallocate() }

    /// Doubles the room; tokens written into attached memory move to the own memory.
    private mutating func grow() {
        let needed = capacity * 2
        if !isAttached || ownCapacity < needed {
            let larger = UnsafeMutablePointer<Token>.allocate(capacity: needed)
            larger.moveInitialize(from: base, count: count)
            own.deallocate()
            own = larger
            ownCapacity = needed
        } else {
            own.moveInitialize(from: base, count: count)
        }
        base = own
        capacity = ownCapacity
        isAttached = false
    }
}
