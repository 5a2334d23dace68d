/// A growable byte buffer that writers append to. With a sink, the buffer hands its bytes
/// to the sink whenever it holds more than `flushThreshold` bytes at a record boundary or
/// inside a long record, so memory stays bounded even for one huge document.
public struct OutputBuffer {
    public var bytes: [UInt8] = []
    /// Receives full blocks of output; nil keeps everything in ``bytes``.
    public let sink: (([UInt8]) -> Void)?
    public let flushThreshold: Int
    /// Where writers render records before appending them in bulk (see ``cursor(room:)``).
    private var scratch: ScratchBlock?

    /// An in-memory buffer (no sink).
    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
        sink = nil
        flushThreshold = .max
    }

    /// A buffer that passes blocks of about `flushThreshold` bytes to `sink`.
    public init(flushThreshold: Int, sink: @escaping ([UInt8]) -> Void) {
        bytes.reserveCapacity(flushThreshold + 4096)
        self.sink = sink
        self.flushThreshold = flushThreshold
    }

    /// Hands the buffered bytes to the sink (if any) when past the threshold.
    @inlinable public mutating func flushIfFull() {
        if bytes.count >= flushThreshold { flush() }
    }

    /// Hands all buffered bytes to the sink (if any).
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    @inlinable public mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a string's UTF-8. Disfavoured, so string literals take the `StaticString`
    /// overload (a plain byte copy) instead.
    @_disfavoredOverload
    @inlinable public mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    @inlinable public mutating func append(_ slice: ArraySlice<UInt8>) { bytes.append(contentsOf: slice) }

    @inlinable public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends an integer in decimal without building a String.
    public mutating func append(int value: Int) {
        var cursor = cursor(room: DecimalDigits.maximumCount + 2)
        if value < 0 {
            cursor.write(byte: UInt8(ascii: "-"))
            cursor.write(decimal: Int(value.magnitude / 10))
            cursor.write(byte: UInt8(truncatingIfNeeded: 0x30 &+ Int(value.magnitude % 10)))
        } else {
            cursor.write(decimal: value)
        }
        commit(cursor)
    }

    /// Appends `s` as a JSON string literal (with quotes), escaping as RFC 8259 requires.
    /// Runs of bytes that need no escape are copied in one piece.
    public mutating func appendJSONString<C: Collection>(_ s: C) where C.Element == UInt8 {
        if s.withContiguousStorageIfAvailable({ appendJSONBytes($0) }) != nil { return }
        Array(s).withUnsafeBufferPointer { appendJSONBytes($0) }
    }

    /// ``appendJSONString(_:)`` on contiguous bytes: `"`, `\\`, control characters, DEL,
    /// U+2028 and U+2029 are escaped; everything else is copied in runs, found eight
    /// bytes at a time (``JSONEscape``).
    mutating func appendJSONBytes(_ s: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        JSONEscape.walk(s, run: { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: $1)) },
                        escape: { JSONEscape.append(escaping: $0, to: &bytes) },
                        separator: { append($0) })
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func appendJSONString(_ s: String) { appendJSONString(s.utf8) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Bytes that fit in ``bytes`` without growing its storage.
    var freeCapacity: Int { bytes.capacity &- bytes.count }

    /// Calls `body` with a cursor over the free capacity at the end of ``bytes`` (grown to
    /// at least `room` bytes first) and keeps what it wrote: records are rendered in place,
    /// not into the scratch block and copied from there (a copy of most of a JSONL record).
    mutating func render(room: Int, _ body: (inout ByteCursor) -> Void) {
        #if compiler(>=6.2)
        bytes.append(addingCapacity: max(room, freeCapacity)) { span in
            span.withUnsafeMutableBufferPointer { free, written in
                let start = free.baseAddress! + written
                var cursor = ByteCursor(position: start, end: free.baseAddress! + free.count)
                body(&cursor)
                written &+= cursor.position - start
            }
        }
        #else
        var cursor = self.cursor(room: room)
        body(&cursor)
        commit(cursor)
        #endif
    }

    /// Renders `count` records of at most `recordRoom` bytes each in place, in blocks of the
    /// records that surely fit the free capacity: `body` writes the records of a block's range
    /// without a room check per record. Flushes to the sink (if any) between blocks.
    mutating func renderBlocks(count: Int, recordRoom: Int, _ body: (inout ByteCursor, Range<Int>) -> Void) {
        var k = 0
        while k < count {
            render(room: recordRoom) { cursor in
                while k < count {
                    let blockEnd = min(count, k &+ cursor.room / recordRoom)
                    if blockEnd == k { break }
                    body(&cursor, k..<blockEnd)
                    k = blockEnd
                }
            }
            flushIfFull()
        }
    }

    /// The default size of the scratch block writers render into.
    static let scratchCapacity = 1 << 16

    /// A cursor at the start of the scratch block with at least `room` bytes (at least
    /// ``scratchCapacity``); append what was written with ``commit(_:)``.
    mutating func cursor(room: Int) -> ByteCursor {
        if scratch == nil || scratch!.capacity < room || !isKnownUniquelyReferenced(&scratch!) {
            scratch = ScratchBlock(capacity: max(room, Self.scratchCapacity))
        }
        let block = scratch!
        return ByteCursor(position: block.base, end: block.base + block.capacity)
    }

    /// Appends the bytes written through `cursor` (from the start of the scratch block).
    mutating func commit(_ cursor: ByteCursor) {
        guard let block = scratch else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: block.base, count: cursor.position - block.base))
    }

    /// Appends what `cursor` wrote and restarts it with at least `room` bytes free.
    mutating func commit(_ cursor: inout ByteCursor, reopeningWith room: Int) {
        commit(cursor)
        cursor = self.cursor(room: room)
    }
}
