import Foundation
import LaurelJSON
import Testing

/// The third-party conformance data in `../shared/vectors` (or `$LAUREL_VECTORS`).
///
/// Tests that need it declare `.enabled(if: Vectors.isAvailable, Vectors.missingComment)`, so that a
/// checkout without the folder reports them as skipped, naming the folder, and never as passed.
public enum Vectors {
    /// The project root: the folder holding Package.swift.
    public static let projectRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/TestSupport/Vectors.swift
        return url
    }()

    /// Where the vectors are expected to be.
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["LAUREL_VECTORS"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return projectRoot.deletingLastPathComponent().appendingPathComponent("shared/vectors", isDirectory: true)
    }()

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path)
    }

    public static var missingComment: Comment {
        Comment(rawValue: "conformance vectors not found at \(root.path) (set LAUREL_VECTORS to the shared/vectors folder)")
    }

    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }

    public static func text(_ relativePath: String) throws -> String {
        String(decoding: try bytes(relativePath), as: UTF8.self)
    }

    public static func json(_ relativePath: String, limits: JSONParser.Limits = .default) throws -> JSON {
        try JSON.parse(try bytes(relativePath), limits: limits)
    }

    /// Files (not folders) directly inside `relativePath`, sorted by name.
    public static func files(in relativePath: String, withExtension ext: String? = nil) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: url(relativePath).path)
        let kept = names.filter { name in ext.map { name.hasSuffix("." + $0) } ?? true }
        return kept.sorted().map { relativePath + "/" + $0 }
    }
}
