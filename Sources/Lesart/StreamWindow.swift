/// How much of its input a streaming run holds at once: items read but not yet handed to the writer.
///
/// The reader waits while `documents` items are in flight, or while their input bytes
/// exceed `bytes` (a single larger item still passes, alone), so memory is bounded by the
/// window, not by the corpus. A larger window lets fast documents overtake a slow one for
/// longer before the writer has to wait for it.
public struct StreamWindow: Sendable, Equatable {
    /// Items in flight at most (at least 1).
    public var documents: Int
    /// Input bytes in flight at most, as the reader counts them.
    public var bytes: Int

    /// - Parameters:
    ///   - documents: items in flight at most (default 512).
    ///   - bytes: input bytes in flight at most (default 8 MB).
    public init(documents: Int = 512, bytes: Int = 8 << 20) {
        self.documents = max(1, documents)
        self.bytes = max(1, bytes)
    }
}
