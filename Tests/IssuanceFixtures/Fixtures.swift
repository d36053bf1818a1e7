import BadgeCrypto
import BadgeIssuer
import Foundation
import OpenBadges
import TestSupport

/// Credentials built from the example course, signed with throwaway keys.
public enum Fixtures {
    public static func exampleJSON(_ name: String) throws -> JSON {
        let url = Vectors.projectRoot.appendingPathComponent("examples/\(name)")
        return try JSON.parse(Array(try Data(contentsOf: url)))
    }

    public static func achievement() throws -> Achievement {
        try Achievement(json: try exampleJSON("achievement.json"))
    }

    /// The example issuer with `issuerID` as its id, or the key's did:key when nil.
    public static func issuer(key: IssuerKey, issuerID: String? = nil) throws -> Profile {
        var json = try exampleJSON("issuer.json")
        if let issuerID { json["id"] = .string(issuerID) }
        return try Profile.issuerProfile(from: json, key: key)
    }

    public static func credential(
        key: IssuerKey, issuerID: String? = nil, validFrom: String = "2026-01-15T09:00:00Z", validUntil: String? = nil,
        recipient: String = "email:ana@example.org"
    ) throws -> AchievementCredential {
        let draft = CredentialDraft(
            issuer: try issuer(key: key, issuerID: issuerID), achievement: try achievement(),
            recipient: try RecipientSpecifier(parsing: recipient).recipient(hashed: true), recipientName: "Ana",
            validFrom: try DateTime(validFrom), validUntil: try validUntil.map { try DateTime($0) })
        return try draft.credential()
    }

    public static func vcJWT(
        key: IssuerKey, issuerID: String? = nil, validFrom: String = "2026-01-15T09:00:00Z", validUntil: String? = nil,
        recipient: String = "email:ana@example.org"
    ) throws -> String {
        try VCJWTSigner.sign(
            try credential(key: key, issuerID: issuerID, validFrom: validFrom, validUntil: validUntil, recipient: recipient),
            with: key)
    }

    /// One key of each type Laurel signs with, generated once per test process.
    public static let keys: [KeyType: SigningPrivateKey] = {
        var keys: [KeyType: SigningPrivateKey] = [:]
        for type in [KeyType.ed25519, .p256, .p384, .rsa] {
            keys[type] = try? SigningPrivateKey.generate(type, rsaBits: 2048)
        }
        return keys
    }()

    public static func key(_ type: KeyType) throws -> IssuerKey {
        guard let key = keys[type] else { throw FixtureError.keyGenerationFailed(type) }
        return IssuerKey(privateKey: key)
    }
}

public enum FixtureError: Error { case keyGenerationFailed(KeyType) }
