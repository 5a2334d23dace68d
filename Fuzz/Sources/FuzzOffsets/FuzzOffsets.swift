import FuzzSupport
import Lesart

/// The offset converter on any text and any order of queries.
///
/// The input (repaired to UTF-8) is the text; its bytes also pick the queries (scalar
/// boundaries, in the order the bytes give, so the converter walks forward, back and
/// restarts). Checks: every query gives the scalar, UTF-16 and UTF-8 offset counted
/// directly, with and without a base offset.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOffsets(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzBytes(data, size)
    let base = Int(input.option())
    let utf8 = UTF8Validator.repaired(input.rest).bytes
    // Reference: the units before every scalar boundary.
    var boundaries: [Int] = []
    var scalarsBefore: [Int] = []
    var utf16Before: [Int] = []
    var offset = 0, scalars = 0, units16 = 0
    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
        boundaries.append(offset)
        scalarsBefore.append(scalars)
        utf16Before.append(units16)
        offset += UTF8.width(scalar)
        scalars += 1
        units16 += UTF16.width(scalar)
    }
    boundaries.append(offset)
    scalarsBefore.append(scalars)
    utf16Before.append(units16)
    FuzzCheck.require(offset == utf8.count, "repaired text is not UTF-8")
    for (unit, reference) in [(OffsetUnit.scalar, scalarsBefore), (.utf16, utf16Before), (.utf8, boundaries)] {
        let converter = OffsetConverter(utf8: utf8, unit: unit, base: base)
        for (step, byte) in utf8.enumerated() {
            let index = (Int(byte) &* 31 &+ step &* 7) % boundaries.count
            let got = converter.convert(boundaries[index])
            FuzzCheck.require(got == base + reference[index],
                              "\(unit) offset of byte \(boundaries[index]) is \(got), expected \(base + reference[index])")
        }
        let total = converter.convert(utf8.count)
        FuzzCheck.require(total == base + reference[boundaries.count - 1], "\(unit) length is \(total)")
    }
    return 0
}
