import Foundation

/// JSON the way Foundation's JSONSerialization reads and writes it, for the input values
/// whose output form only Foundation defines (fractions, huge integers, arrays, objects),
/// and its string escaping, so passed-through fields keep their earlier bytes.
enum FoundationJSON {
    struct Unreadable: Error {}

    /// A numeric id as NSNumber spells it (`1.5`, `1000.0` for `1e3`).
    static func identifier(_ literal: [UInt8]) throws -> String? {
        let value = try JSONSerialization.jsonObject(with: Data(literal), options: [.fragmentsAllowed])
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    /// A value re-serialized with sorted keys and unescaped slashes.
    static func reserialized(_ literal: [UInt8]) throws -> [UInt8] {
        let value = try JSONSerialization.jsonObject(with: Data(literal), options: [.fragmentsAllowed])
        return [UInt8](try JSONSerialization.data(withJSONObject: value,
                                                  options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]))
    }

    /// Appends `utf8` as JSONSerialization writes a string: `"` and `\` escaped, `/` too
    /// when `escapingSlashes`, `\b \f \n \r \t`, other control characters as `\u00xx`
    /// (lowercase hex), everything else (DEL, U+2028 included) unchanged.
    static func appendString(_ utf8: [UInt8], escapingSlashes: Bool, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "/") where escapingSlashes:
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20:
                out += Array("\\u00".utf8)
                out += Array(String(byte >> 4, radix: 16).utf8)
                out += Array(String(byte & 0xF, radix: 16).utf8)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
