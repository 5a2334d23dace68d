/// Byte strings to values: a ``WordTable`` of the keys and the values by word id. For
/// per-token lookups of many words (``ByteStringTable`` serves the small rule lists).
public struct WordValueTable<Value: Sendable>: Sendable {
    public let words: WordTable
    /// The value of each word id.
    public let values: [Value]

    /// Builds the table; a later duplicate key replaces the earlier value.
    public init(_ entries: [(key: [UInt8], value: Value)]) {
        var position: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        var values: [Value] = []
        for (key, value) in entries {
            if let index = position[key] {
                values[index] = value
            } else {
                position[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        }
        words = WordTable(keys: keys)
        self.values = values
    }

    public var count: Int { values.count }
    public var maxKeyLength: Int { words.maxKeyLength }

    /// The value for the bytes of `range`, or nil.
    @inlinable public func value(for bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Value? {
        let id = words.id(of: bytes[range])
        return id >= 0 ? values[Int(id)] : nil
    }

    /// The value for a byte array, or nil.
    public func value(for key: [UInt8]) -> Value? {
        let id = words.id(of: key)
        return id >= 0 ? values[Int(id)] : nil
    }
}
