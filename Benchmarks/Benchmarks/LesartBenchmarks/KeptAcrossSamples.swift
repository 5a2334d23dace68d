/// State a benchmark keeps from sample to sample. package-benchmark calls a benchmark's
/// closure once per sample, so whatever the closure makes (a session, a document, a scratch
/// array) is new memory in every sample; what a steady batch loop reuses lives in one of these,
/// made outside the closure. Each benchmark's samples run one after another on one thread.
final class KeptAcrossSamples<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) { self.value = value }
}
