/// A CAMEO event code with its root and quad class (1 verbal cooperation, 2 material
/// cooperation, 3 verbal conflict, 4 material conflict).
public struct CameoCode: Sendable, Hashable {
    /// The code as written (`190`, `0332`).
    public let code: String
    public let quadClass: Int

    /// The two-digit root category (`19`).
    public var root: String { String(code.prefix(2)) }

    public init(code: String, quadClass: Int) {
        self.code = code
        self.quadClass = quadClass
    }

    /// Whether the code is a material event (quad class 2 or 4).
    public var isMaterial: Bool { quadClass == 2 || quadClass == 4 }
}
