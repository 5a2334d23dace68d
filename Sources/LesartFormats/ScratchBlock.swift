/// A fixed block of raw memory that writers render records into before one bulk append to
/// an ``OutputBuffer`` (Swift arrays cannot be written past their count).
final class ScratchBlock {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }
}
