import Foundation
import TestSupport

/// The `laurel` executable that `swift build` put beside the test bundle.
enum LaurelBinary {
    static let url: URL = {
        let bundle = Bundle.main.bundleURL
        // swift test runs the xctest/swift-testing runner from the build products folder.
        for base in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = base.appendingPathComponent("laurel")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return Vectors.projectRoot.appendingPathComponent(".build/debug/laurel")
    }()

    static func run(_ arguments: [String], input: [UInt8] = [], in directory: URL? = nil) throws -> ProcessResult {
        try Subprocess.run(url, arguments, input: input, currentDirectory: directory)
    }
}
