import Lesart

/// Pipelines and sessions built once per fuzzing process (lexicons from `$LESART_LEXICONS`
/// or the package checkout); a fuzz target runs on one thread.
public enum SharedPipeline {
    /// The whole German pipeline, and one with the ICU-only tokenizer.
    nonisolated(unsafe) public static let session: PipelineSession = make { try Pipeline.german().makeSession() }
    public static let profile: LanguageProfile = make { try LanguageProfile.german() }

    /// Tokenizer sessions and splitters by (fast path, convention).
    nonisolated(unsafe) public static var tokenizers: [String: TokenizerSession] = [:]

    public static func tokenizer(fastPath: Bool, convention: Convention) -> TokenizerSession {
        let key = "\(fastPath)-\(convention)"
        if let session = tokenizers[key] { return session }
        let session = make { try Tokenizer(profile: profile, convention: convention, usesFastPath: fastPath).makeSession() }
        tokenizers[key] = session
        return session
    }

    /// Runs `build`, stopping the process with the reason when it fails (a setup problem).
    public static func make<T>(_ build: () throws -> T) -> T {
        do {
            return try build()
        } catch {
            FuzzCheck.fail("set-up failed: \(error)")
        }
    }
}
