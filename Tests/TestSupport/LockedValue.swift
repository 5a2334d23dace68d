import Foundation

/// A value behind a lock, with the `withLock` of `Synchronization.Mutex`, for tests that
/// collect results from several threads.
///
/// `Mutex` locks with futex system calls on Linux, which ThreadSanitizer does not see: every
/// access it guards is reported as a race (`scripts/sanitize.sh thread`). `NSLock` is a
/// pthread mutex, whose lock and unlock ThreadSanitizer intercepts.
public final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value while holding the lock.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
