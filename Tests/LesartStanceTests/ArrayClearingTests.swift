import Testing
@testable import LesartStance

/// `clearKeepingCapacity()` is `removeAll(keepingCapacity: true)` that skips empty buffers.
@Suite("Array clearing")
struct ArrayClearingTests {
    @Test("a full and an empty buffer end empty with their storage kept")
    func clearing() {
        var full = Array(0..<100)
        let capacity = full.capacity
        full.clearKeepingCapacity()
        #expect(full.isEmpty && full.capacity == capacity)
        full.append(7)
        #expect(full == [7])
        var empty: [Int] = []
        empty.reserveCapacity(50)
        let reserved = empty.capacity
        empty.clearKeepingCapacity()
        #expect(empty.isEmpty && empty.capacity == reserved)
    }
}
