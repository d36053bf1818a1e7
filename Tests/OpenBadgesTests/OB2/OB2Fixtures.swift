import OpenBadges
import TestSupport

/// Paths of the OB 2.0 test data in the shared vectors.
enum OB2Fixtures {
    static let validator = "openbadges/1edtech-dc-public-validator/vc-test-resources/ob20/"
    static let assets = validator + "assets/"
    static let specExamples = "openbadges/ob2-spec-examples/"
    static let components = "openbadges/ob2-validator-core/test_components/"

    static func json(_ path: String) throws -> JSON { try Vectors.json(path) }

    /// Decodes a whole document, collecting warnings.
    static func document(_ json: JSON) throws -> OB2.Document {
        var warnings: [DecodingWarning] = []
        return try OB2.Document(json: json, warnings: &warnings)
    }

    /// The error decoding `json` as a document throws, or nil when it decodes.
    static func decodingError(_ json: JSON) -> BadgeDecodingError? {
        var warnings: [DecodingWarning] = []
        do {
            _ = try OB2.Document(json: json, warnings: &warnings)
            return nil
        } catch {
            return error
        }
    }
}
