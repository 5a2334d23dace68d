/// Colours of the pages: the Okabe–Ito palette, which stays distinguishable with the
/// common colour-vision deficiencies, and light tints of it for entity backgrounds.
/// Every colour is paired with a printed label, so nothing depends on colour alone.
public enum Palette {
    /// Line colour of a stance label (support blue, distancing orange, threat vermillion).
    public static func stance(_ label: String) -> String {
        switch label {
        case "support": "#0072B2"
        case "distancing": "#E69F00"
        case "threat": "#D55E00"
        default: "#666666"
        }
    }

    /// The stance labels in display order.
    public static let stanceLabels = ["support", "distancing", "threat"]

    /// The entity labels in display order.
    public static let entityLabels = ["PER", "LOC", "ORG", "OTH"]
}
