/// Decimal formatting helpers for ``ByteCursor``: digit counts and the digit pairs 00–99.
enum DecimalDigits {
    /// "00" "01" … "99", two bytes per pair; a static string, so no lazy initialisation.
    static var pairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// The most digits a non-negative `Int` has.
    static let maximumCount = 19

    /// The number of decimal digits of a non-negative value (1 for 0).
    @inline(__always) static func count(of value: Int) -> Int {
        var digits = 1
        var v = value
        while v >= 10_000 {
            v /= 10_000
            digits &+= 4
        }
        if v >= 10 { digits &+= 1 }
        if v >= 100 { digits &+= 1 }
        if v >= 1_000 { digits &+= 1 }
        return digits
    }
}
