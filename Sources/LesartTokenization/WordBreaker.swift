import CICU

/// An ICU word-break iterator over UTF-8 (UAX #29 plus ICU's dictionaries for Chinese,
/// Japanese, Thai and other scripts written without spaces).
///
/// Not thread-safe: each worker owns one (``TokenizerSession`` does). Opening costs about
/// 10 µs, ``clone()`` about 2 µs; both happen once per worker, never per document.
public final class WordBreaker {
    private let handle: OpaquePointer
    private var boundaryBuffer = [Int32](repeating: 0, count: 256)

    /// Opens an iterator for a locale such as "de".
    public init(locale: String) throws(TokenizerError) {
        var code: Int32 = 0
        guard let handle = lesart_wb_open(locale, &code) else {
            throw TokenizerError.icu(operation: "ubrk_open(\(locale))", code: code)
        }
        self.handle = handle
    }

    deinit { lesart_wb_close(handle) }

    /// Appends the word boundaries inside `range` of `text` (byte offsets relative to
    /// `text`, excluding `range.lowerBound`, including `range.upperBound`) to `boundaries`.
    @usableFromInline
    func appendBoundaries(of text: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to boundaries: inout [Int32]) {
        guard !range.isEmpty, let base = text.baseAddress else { return }
        let status = lesart_wb_set_text(handle, base + range.lowerBound, Int64(range.count))
        guard status == 0 else {
            // Cannot happen for valid UTF-8 within Int32 range; fall back to one segment.
            boundaries.append(Int32(range.upperBound))
            return
        }
        let offset = Int32(range.lowerBound)
        while true {
            let n = boundaryBuffer.withUnsafeMutableBufferPointer {
                lesart_wb_next_boundaries(handle, $0.baseAddress, nil, Int32($0.count))
            }
            if n == 0 { break }
            for k in 0..<Int(n) { boundaries.append(boundaryBuffer[k] + offset) }
        }
    }

    /// Counts the word boundaries ICU finds in `text` (raw UAX #29 segmentation, the
    /// baseline the tokenizer is measured against). Reuses `scratch`.
    public func countBoundaries(in text: [UInt8], scratch: inout [Int32]) -> Int {
        scratch.removeAll(keepingCapacity: true)
        text.withUnsafeBufferPointer { appendBoundaries(of: $0, in: 0..<$0.count, to: &scratch) }
        return scratch.count
    }
}
