/// The fuzzer's input as option bytes followed by a payload.
public struct FuzzBytes {
    public let bytes: [UInt8]
    private var position = 0

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The next byte as an option (0 when the input is used up).
    public mutating func option() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// The bytes not taken as options.
    public var rest: [UInt8] { Array(bytes[min(position, bytes.count)...]) }
}
