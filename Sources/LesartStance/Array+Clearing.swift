extension Array {
    /// Empties a reused buffer and keeps its storage. An empty one (as the buffers of clauses
    /// without mentions or cues often are) is left alone: `removeAll(keepingCapacity:)` costs
    /// some fifty instructions even then.
    @inline(__always) mutating func clearKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
