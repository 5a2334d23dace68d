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
/// ready in order at once (they count as in flight until it comes back for more). A party
/// wakes another after letting go of the lock where it can: with more threads than cores the
/// woken thread often runs at once, and would only block on the lock its waker still held.
///
/// What is done under the lock costs little and does not depend on the batch: the slots'
/// states are plain flags and counters (the run of outputs ready in order grows as they
/// finish), and an item or output is moved, never copied. The class is generic and called
/// from other modules unspecialised, where every copy of a payload is a call.
final class OrderedRelay<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private static var room: Int { 0 }
    private static var work: Int { 1 }
    private static var ready: Int { 2 }

    private let lock = ConditionLock(conditions: 3)
    private let window: StreamWindow
    /// Per slot: the item until a worker takes it, the output until the writer takes it,
    /// whether that output is there, and the item's input bytes.
    private var items: [Item?]
    private var outputs: [Output?]
    private var done: [Bool]
    private var sizes: [Int]
    /// Items handed in, taken by workers, handed to the writer, and written (each a count
    /// from the start). The writer's batch still counts as in flight until it comes back for
    /// more, so the window bounds what the writer holds too.
    private var submitted = 0
    private var taken = 0
    private var handedOut = 0
    private var written = 0
    /// How many outputs from `handedOut` on are done, in order (the next one is not).
    private var readyRun = 0
    /// Input bytes of the batch the writer holds.
    private var handedOutBytes = 0
    private var bytesInFlight = 0
    private var readerWaits = false
    private var writerWaits = false
    /// Workers waiting for an item.
    private var idleWorkers = 0
    /// How many outputs in order wake a waiting writer (fewer when nothing more is in work).
    private let writerBatch: Int
    private var closed = false
    private var cancelled = false

    init(window: StreamWindow) {
        self.window = window
        items = Array(repeating: nil, count: window.documents)
        outputs = Array(repeating: nil, count: window.documents)
        done = Array(repeating: false, count: window.documents)
        sizes = Array(repeating: 0, count: window.documents)
        writerBatch = max(1, min(64, window.documents / 4))
    }

    // MARK: reader

    /// Adds `item` (`bytes` of input) after the items before it, waiting for room; false
    /// when the run was cancelled (the reader should stop).
    func submit(_ item: consuming Item, bytes: Int) -> Bool {
        lock.lock()
        while !cancelled, !hasRoom(for: bytes) {
            readerWaits = true
            lock.wait(Self.room)
        }
        readerWaits = false
        guard !cancelled else {
            lock.unlock()
            return false
        }
        let slot = submitted % items.count
        items[slot] = item
        sizes[slot] = bytes
        submitted += 1
        bytesInFlight += bytes
        let wakeWorker = idleWorkers > 0
        lock.unlock()
        if wakeWorker { lock.signal(Self.work) }
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
        submitted - written < items.count && (submitted == written || bytesInFlight + bytes <= window.bytes)
    }

    /// Whether the window has drained enough to wake a waiting reader.
    private var drained: Bool {
        let inFlight = submitted - written
        return inFlight == 0 || (inFlight <= items.count - items.count / 4 && bytesInFlight <= window.bytes - window.bytes / 4)
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
    func finish(_ index: Int, _ output: consuming Output) -> (index: Int, item: Item)? {
        lock.lock()
        let slot = index % items.count
        precondition(index >= handedOut && index < taken && !done[slot], "OrderedRelay: item \(index) is not being worked on")
        outputs[slot] = output
        done[slot] = true
        if index == handedOut + readyRun {
            while handedOut + readyRun < taken, done[(handedOut + readyRun) % items.count] { readyRun += 1 }
        }
        var wakeWriter = writerWaits && (readyRun >= writerBatch || (readyRun > 0 && handedOut + readyRun == taken))
        if wakeWriter, taken == submitted {
            lock.signal(Self.ready)  // now: this worker may have to wait for its next item
            wakeWriter = false
        }
        let next = takeLocked()
        lock.unlock()
        if wakeWriter { lock.signal(Self.ready) }
        return next
    }

    private func takeLocked() -> (index: Int, item: Item)? {
        while taken == submitted, !closed, !cancelled {
            idleWorkers += 1
            lock.wait(Self.work)
            idleWorkers -= 1
        }
        guard !cancelled, taken < submitted else { return nil }
        let index = taken
        taken += 1
        guard let item = items[index % items.count].take() else {
            preconditionFailure("OrderedRelay: item \(index) is not pending")
        }
        return (index, item)
    }

    // MARK: writer

    /// Moves every output that is done in input order into `outputs` (which it empties first),
    /// waiting until there is at least one; false after the last one. Taking them all under
    /// one lock lets the writer write a batch while the workers go on. When it has to wait
    /// longer than `idleAfter` milliseconds, `idle` is called once (without the lock) before
    /// waiting on.
    func next(into batch: inout [Output], idleAfter milliseconds: Int, idle: () -> Void) -> Bool {
        batch.removeAll(keepingCapacity: true)
        lock.lock()
        // The batch handed out last time has been written: its room is free again.
        written = handedOut
        bytesInFlight -= handedOutBytes
        handedOutBytes = 0
        var wakeReader = readerWaits && drained
        var idled = false
        while true {
            if readyRun > 0 {
                for index in handedOut..<handedOut + readyRun {
                    let slot = index % items.count
                    batch.append(outputs[slot].take()!)
                    done[slot] = false
                    handedOutBytes += sizes[slot]
                }
                handedOut += readyRun
                readyRun = 0
            }
            if !batch.isEmpty || (closed && handedOut == submitted) {
                lock.unlock()
                if wakeReader { lock.signal(Self.room) }
                return !batch.isEmpty
            }
            if wakeReader {
                lock.signal(Self.room)  // before waiting: the reader may be what this waits for
                wakeReader = false
            }
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
