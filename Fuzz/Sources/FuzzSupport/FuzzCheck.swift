import Foundation

/// How a fuzz target reports a broken invariant: the message on standard error, then
/// `abort()`, which libFuzzer records as a crash with the input that caused it.
public enum FuzzCheck {
    /// Stops the run when `condition` is false.
    @inline(__always)
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    /// Stops the run with `message`.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("INVARIANT FAILED: \(message)\n".utf8))
        abort()
    }
}
