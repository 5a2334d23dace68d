import FuzzSupport

/// The lexicon line parser that every lexicon format shares (``LexiconFile``), alone: fast
/// enough for millions of inputs. `FuzzLexiconLoad` adds the reader of each lexicon file.
///
/// Option byte: the field counts (``LexiconLineCheck/fields(option:)``); its index into
/// the lexicon files is what the seeds give it, as for `FuzzLexiconLoad`.
/// Checks: ``LexiconLineCheck/check(_:fields:)``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzBytes(data, size)
    let option = input.option()
    LexiconLineCheck.check(input.rest, fields: LexiconLineCheck.fields(option: option))
    return 0
}
