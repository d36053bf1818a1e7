import Foundation

/// Output helpers: bytes go out unchanged (Laurel's JSON and JWTs are exact bytes, not re-encoded text).
enum Terminal {
    static func standardOutput(_ text: String) { write(Array(text.utf8), to: FileHandle.standardOutput) }
    static func standardOutput(bytes: [UInt8]) { write(bytes, to: FileHandle.standardOutput) }
    static func standardError(_ text: String) { write(Array(text.utf8), to: FileHandle.standardError) }

    private static func write(_ bytes: [UInt8], to handle: FileHandle) {
        handle.write(Data(bytes))
    }

    /// True when standard error is a terminal (progress and hints go there only then).
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
