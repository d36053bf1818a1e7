import LaurelJSON
import LinkedData
import TestSupport
import Testing

/// One entry of the W3C RDFC-1.0 test manifest (`rdf-canon/manifest.jsonld`).
struct RDFCManifestEntry: Sendable, CustomTestStringConvertible {
    enum Kind: String, Sendable {
        case evaluation = "rdfc:RDFC10EvalTest"
        case identifierMap = "rdfc:RDFC10MapTest"
        case negative = "rdfc:RDFC10NegativeEvalTest"
    }

    let id: String
    let kind: Kind
    let name: String
    let action: String
    let result: String?
    let hashAlgorithm: RDFCanonicalizer.HashAlgorithm

    var testDescription: String { "\(id) \(name)" }

    static let folder = "rdf-canon"

    /// The entries of the manifest, or none when the vectors are missing (the tests are then skipped).
    static let all: [RDFCManifestEntry] = Vectors.isAvailable ? ((try? load()) ?? []) : []

    static func load() throws -> [RDFCManifestEntry] {
        let manifest = try Vectors.json("\(folder)/manifest.jsonld")
        return try (manifest["entries"]?.arrayValue ?? []).map { entry in
            guard let id = entry["id"]?.stringValue, let type = entry["type"]?.stringValue,
                let kind = Kind(rawValue: type), let action = entry["action"]?.stringValue
            else { throw ManifestError(entry: entry) }
            var algorithm = RDFCanonicalizer.HashAlgorithm.sha256
            if let name = entry["hashAlgorithm"]?.stringValue {
                guard let named = RDFCanonicalizer.HashAlgorithm(name: name) else { throw ManifestError(entry: entry) }
                algorithm = named
            }
            return RDFCManifestEntry(
                id: id, kind: kind, name: entry["name"]?.stringValue ?? "", action: action,
                result: entry["result"]?.stringValue, hashAlgorithm: algorithm)
        }
    }

    struct ManifestError: Error, CustomStringConvertible {
        let entry: JSON
        var description: String { "unreadable manifest entry \(entry)" }
    }
}
