import Foundation
import Testing

/// Independent implementations in Python (cryptography, jwcrypto, jsonschema, pyld), installed by
/// `.ci/run` into `.ci/venv`. Tests that use them skip when the venv is missing, unless
/// `LAUREL_REQUIRE_ORACLES=1` (set by CI), where a missing oracle is a failure.
public enum Oracle {
    public static let python: URL = {
        if let path = ProcessInfo.processInfo.environment["LAUREL_PYTHON"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return Vectors.projectRoot.appendingPathComponent(".ci/venv/bin/python")
    }()

    public static var isRequired: Bool { ProcessInfo.processInfo.environment["LAUREL_REQUIRE_ORACLES"] == "1" }

    /// True when the venv exists, or when CI requires it (the test then fails loudly instead of skipping).
    public static var isAvailable: Bool {
        isRequired || FileManager.default.isExecutableFile(atPath: python.path)
    }

    public static var missingComment: Comment {
        Comment(rawValue: "Python oracle venv not found at \(python.path) (run .ci/run, or set LAUREL_PYTHON)")
    }

    /// Runs a Python script from `Tests/Oracles/` with arguments and standard input.
    public static func run(script: String, arguments: [String] = [], input: [UInt8] = []) throws -> ProcessResult {
        let path = Vectors.projectRoot.appendingPathComponent("Tests/Oracles/\(script)").path
        return try Subprocess.run(python, [path] + arguments, input: input)
    }
}
