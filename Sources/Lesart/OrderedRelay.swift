/// The state a streaming run shares between its reader, its workers and its writer: a ring
/// of slots, one per item in flight, filled in input order by the reader, processed by
/// whichever worker is free, and emptied in input order by the writer.
///
/// The ring has `window.documents` slots, so the reader can be at most that many items ahead
/// of the writer; it also waits while the input bytes in flight exceed `window.bytes`. Each
/// party waits on a condition of its own: the reader for room, the workers for work, the
/// writer for the next item in order. The reader is woken only when the window has drained
/// to three quarters, and the writer only when a batch of outputs is ready in order (or
/// every item taken so far is done), so neither wakes for every item: on two cores, waking
/// the writer per document cost a context switch per document and a tenth of the CPU time.
/// For the same reason each party visits the lock once per batch or item, not more: a worker
/// hands in its output and takes its next item in one call, and the writer takes every output
/// ready in order at once (they count as in flight until it comes back for more).
final class OrderedRelay<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private enum Slot {
        case empty
        case pending(Item, bytes: Int)
        case working(bytes: Int)
        case done(Output, bytes: Int)
    }

    private static var room: Int { 0 }
    private static var work: Int { 1 }
    private static var ready: Int { 2 }

    private let lock = ConditionLock(conditions: 3)
    private let window: StreamWindow
    private var slots: [Slot]
    /// Items handed in, taken by workers, handed to the writer, and written (each a count
    /// from the start). The writer's batch still counts as in flight until it comes back for
    /// more, so the window bounds what the writer holds too.
    private var submitted = 0
    private var taken = 0
    private var handedOut = 0
    private var written = 0
    /// Input bytes of the batch the writer holds.
    private var handedOutBytes = 0
    private var bytesInFlight = 0
    private var readerWaits = false
    private var writerWaits = false
    /// How many outputs in order wake a waiting writer (fewer when nothing more is in work).
    private let writerBatch: Int
    private var closed = false
    private var cancelled = false

    init(window: StreamWindow) {
        self.window = window
        slots = Array(repeating: .empty, count: window.documents)
        writerBatch = max(1, min(16, window.documents / 4))
    }

    // MARK: reader

    /// Adds `item` (`bytes` of input) after the items before it, waiting for room; false
    /// when the run was cancelled (the reader should stop).
    func submit(_ item: Item, bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        while !cancelled, !hasRoom(for: bytes) {
            readerWaits = true
            lock.wait(Self.room)
        }
        readerWaits = false
        guard !cancelled else { return false }
        slots[submitted % slots.count] = .pending(item, bytes: bytes)
        submitted += 1
        bytesInFlight += bytes
        lock.signal(Self.work)
        return true
    }

    /// The reader is done: workers stop when the ring is empty, the writer after the last item.
    func close() {
        lock.lock()
        closed = true
        lock.broadcast(Self.work)
        lock.signal(Self.ready)
        lock.unlock()
    }

    private func hasRoom(for bytes: Int) -> Bool {
        submitted - written < slots.count && (submitted == written || bytesInFlight + bytes <= window.bytes)
    }

    /// Whether the window has drained enough to wake a waiting reader.
    private var drained: Bool {
        let inFlight = submitted - written
        return inFlight == 0 || (inFlight <= slots.count - slots.count / 4 && bytesInFlight <= window.bytes - window.bytes / 4)
    }

    // MARK: workers

    /// The next item to process and its place, or nil when there is no more work.
    func take() -> (index: Int, item: Item)? {
        lock.lock()
        defer { lock.unlock() }
        return takeLocked()
    }

    /// Stores the output of the item at `index` and takes the next item, under one lock (a
    /// worker's only visit to the shared state per item); wakes the writer when a batch is ready.
    func finish(_ index: Int, _ output: Output) -> (index: Int, item: Item)? {
        lock.lock()
        defer { lock.unlock() }
        guard case .working(let bytes) = slots[index % slots.count] else {
            preconditionFailure("OrderedRelay: slot \(index) is not being worked on")
        }
        slots[index % slots.count] = .done(output, bytes: bytes)
        if writerWaits, index >= handedOut, index < handedOut + writerBatch, writerHasBatch { lock.signal(Self.ready) }
        return takeLocked()
    }

    private func takeLocked() -> (index: Int, item: Item)? {
        while taken == submitted, !closed, !cancelled { lock.wait(Self.work) }
        guard !cancelled, taken < submitted else { return nil }
        let index = taken
        taken += 1
        guard case .pending(let item, let bytes) = slots[index % slots.count] else {
            preconditionFailure("OrderedRelay: slot \(index) is not pending")
        }
        slots[index % slots.count] = .working(bytes: bytes)
        return (index, item)
    }

    /// Whether the outputs from `handedOut` on that are done in order make a batch: `writerBatch`
    /// of them, or every item taken so far (none is left in work to wait for; this is also
    /// what a slow trickle of input or the end of the input gives, so no output waits).
    private var writerHasBatch: Bool {
        var run = 0
        while run < writerBatch, handedOut + run < taken, case .done = slots[(handedOut + run) % slots.count] {
            run += 1
        }
        return run == writerBatch || (run > 0 && handedOut + run == taken)
    }

    // MARK: writer

    /// Moves every output that is done in input order into `outputs` (which it empties first),
    /// waiting until there is at least one; false after the last one. Taking them all under
    /// one lock lets the writer write a batch while the workers go on. When it has to wait
    /// longer than `idleAfter` milliseconds, `idle` is called once (without the lock) before
    /// waiting on.
    func next(into outputs: inout [Output], idleAfter milliseconds: Int, idle: () -> Void) -> Bool {
        outputs.removeAll(keepingCapacity: true)
        lock.lock()
        defer { lock.unlock() }
        // The batch handed out last time has been written: its room is free again.
        written = handedOut
        bytesInFlight -= handedOutBytes
        handedOutBytes = 0
        if readerWaits, drained { lock.signal(Self.room) }
        var idled = false
        while true {
            while case .done(let output, let bytes) = slots[handedOut % slots.count] {
                slots[handedOut % slots.count] = .empty
                handedOut += 1
                handedOutBytes += bytes
                outputs.append(output)
            }
            if !outputs.isEmpty { return true }
            if closed, handedOut == submitted { return false }
            writerWaits = true
            var woken = true
            if idled { lock.wait(Self.ready) } else { woken = lock.wait(Self.ready, milliseconds: milliseconds) }
            writerWaits = false
            if !woken {
                idled = true
                lock.unlock()
                idle()
                lock.lock()
            }
        }
    }

    /// The writer stopped: the reader's next ``submit(_:bytes:)`` returns false, workers stop.
    func cancel() {
        lock.lock()
        cancelled = true
        lock.broadcast(Self.room)
        lock.broadcast(Self.work)
        lock.unlock()
    }
}
