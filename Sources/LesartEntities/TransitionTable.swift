/// An immutable open-addressing hash map from (state, token id) to the next state of the
/// phrase trie. Keys are packed into one UInt64; lookups hash an integer, never a String.
struct TransitionTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    private static let empty = UInt64.max

    init(_ transitions: [(state: Int32, token: Int32, next: Int32)]) {
        var capacity = 16
        while capacity < transitions.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for t in transitions {
            let key = Self.key(t.state, t.token)
            var slot = Self.hash(key) & mask
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = t.next
        }
    }

    /// The state reached from `state` by `token`, or nil.
    @inline(__always) func next(_ state: Int32, _ token: Int32) -> Int32? {
        let key = Self.key(state, token)
        var slot = Self.hash(key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private static func key(_ state: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    @inline(__always) private static func hash(_ key: UInt64) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }
}
