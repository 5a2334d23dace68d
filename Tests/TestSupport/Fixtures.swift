import Foundation
import Lesart

/// Shared objects for the tests: the German profile is loaded once.
public enum Fixtures {
    /// The German profile from the repository's Lexicons folder.
    public static let german: LanguageProfile = {
        do {
            return try LanguageProfile.german()
        } catch {
            fatalError("cannot load the German lexicons: \(error)")
        }
    }()

    /// The repository root (two levels above Tests/TestSupport).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared next to the checkout, or nil when absent (tests that need it skip).
    public static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}
