import FuzzSupport
import Lesart

/// Tokenizer and sentence splitter on arbitrary bytes.
///
/// Option byte: bit 0 lossy (ill-formed UTF-8 repaired with U+FFFD; otherwise input that is
/// not UTF-8 is rejected as the strict CLI rejects it), bit 1 the UD convention.
/// Checks: tokens slice the text on scalar boundaries, in order, disjoint, with only
/// whitespace and invisible characters between them; sentences partition the tokens; the
/// byte-level fast path gives exactly the tokens (kinds and flags included) and sentences
/// of the ICU-only path.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzBytes(data, size)
    let option = input.option()
    let convention: Convention = option & 2 != 0 ? .ud : .empirist
    var bytes = input.rest
    if option & 1 != 0 {
        bytes = UTF8Validator.repaired(bytes).bytes
    } else if UTF8Validator.firstInvalidOffset(in: bytes) != nil {
        return 0
    }
    let splitter = SentenceSplitter(profile: SharedPipeline.profile, convention: convention)
    var fast = Document(id: "fuzz", validatedUTF8: bytes)
    SharedPipeline.tokenizer(fastPath: true, convention: convention).tokenize(&fast)
    splitter.split(&fast)
    let problems = InvariantChecker.violations(in: fast, requireSentences: !fast.tokens.isEmpty)
    FuzzCheck.require(problems.isEmpty, "tokens or sentences: \(problems)")

    var icu = Document(id: "fuzz", validatedUTF8: bytes)
    SharedPipeline.tokenizer(fastPath: false, convention: convention).tokenize(&icu)
    splitter.split(&icu)
    guard fast.tokens == icu.tokens else {
        let index = zip(fast.tokens, icu.tokens).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
            ?? min(fast.tokens.count, icu.tokens.count)
        FuzzCheck.fail("fast path and ICU path differ at token \(index): "
            + "\(fast.tokens.dropFirst(index).prefix(3).map { fast.text(of: $0) + "/\($0.kind)" }) vs "
            + "\(icu.tokens.dropFirst(index).prefix(3).map { icu.text(of: $0) + "/\($0.kind)" })")
    }
    FuzzCheck.require(fast.sentences == icu.sentences, "fast path and ICU path give different sentences")
    return 0
}
