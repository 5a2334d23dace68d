import Foundation

/// A deterministic circular layout: actors in alphabetical order around a circle whose
/// radius grows with their number so that neighbouring labels, written radially outward,
/// are at least one line height apart (no label overlaps another, up to any count).
/// The same actors always give the same picture.
public struct CircleLayout: Sendable {
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double
    }

    /// The actors in drawing order.
    public let actors: [String]
    public let radius: Double
    /// Side of the square canvas.
    public let size: Double
    /// Space along the circle between two neighbours.
    public let spacing: Double
    /// Label font size in canvas units.
    public static let fontSize = 13.0
    /// Longest label drawn (longer ones end in "…"; the full name is in the tooltip).
    public static let labelCharacters = 26

    public init(actors: [String]) {
        self.actors = actors.sorted()
        let n = Double(max(actors.count, 1))
        // Arc length per actor ≥ 1.25 × font size keeps radial labels apart.
        radius = max(190, (Self.fontSize * 1.25 * n) / (2 * .pi))
        spacing = 2 * .pi * radius / n
        // Room for node, gap and the longest label (≈ 0.62 em per character) on both sides.
        let longest = actors.map { Self.shortLabel($0).count }.max() ?? 0
        size = 2 * (radius + 20 + Double(longest) * Self.fontSize * 0.62 + 10)
    }

    public var center: Point { Point(x: size / 2, y: size / 2) }

    /// Angle of actor `i` in radians, starting at the top, clockwise.
    public func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * .pi * Double(i) / Double(max(actors.count, 1)) }

    /// Position of actor `i` on the circle, at `radius + extra`.
    public func position(_ i: Int, extra: Double = 0) -> Point {
        let a = angle(i)
        return Point(x: center.x + (radius + extra) * cos(a), y: center.y + (radius + extra) * sin(a))
    }

    /// Largest node radius that keeps neighbouring nodes apart.
    public var maxNodeRadius: Double { min(14, max(3, spacing / 2 - 1.5)) }

    /// A label shortened to ``labelCharacters``.
    public static func shortLabel(_ name: String) -> String {
        name.count <= labelCharacters ? name : String(name.prefix(labelCharacters - 1)) + "…"
    }
}
