#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One mutex with several condition variables, so that each party of a streaming run waits
/// on its own condition and is woken only when its own state changed (a signal nobody waits
/// for costs no system call).
///
/// Callers hold the lock around every access to the state the conditions guard.
final class ConditionLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let conditions: UnsafeMutablePointer<pthread_cond_t>
    private let count: Int

    /// A lock with `count` conditions, numbered from 0.
    init(conditions count: Int) {
        self.count = count
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        conditions = .allocate(capacity: count)
        for index in 0..<count {
            (conditions + index).initialize(to: pthread_cond_t())
            pthread_cond_init(conditions + index, nil)
        }
    }

    deinit {
        for index in 0..<count { pthread_cond_destroy(conditions + index) }
        pthread_mutex_destroy(mutex)
        conditions.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }

    /// Waits on `condition` (the lock held); returns with the lock held again.
    func wait(_ condition: Int) {
        pthread_cond_wait(conditions + condition, mutex)
    }

    /// Waits on `condition` for at most `milliseconds`; false when the time ran out.
    func wait(_ condition: Int, milliseconds: Int) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int(now.tv_nsec) + milliseconds * 1_000_000
        var deadline = timespec()
        deadline.tv_sec = now.tv_sec + nanoseconds / 1_000_000_000
        deadline.tv_nsec = .init(nanoseconds % 1_000_000_000)
        return pthread_cond_timedwait(conditions + condition, mutex, &deadline) == 0
    }

    /// Wakes one thread waiting on `condition`.
    func signal(_ condition: Int) { pthread_cond_signal(conditions + condition) }

    /// Wakes every thread waiting on `condition`.
    func broadcast(_ condition: Int) { pthread_cond_broadcast(conditions + condition) }
}
