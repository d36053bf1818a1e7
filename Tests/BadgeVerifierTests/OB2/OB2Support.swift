import BadgeCrypto
import BadgeVerifier
import Foundation
import OpenBadges
import TestSupport

/// Shared pieces of the OB 2.0 verifier tests.
enum OB2Support {
    static let fixtures = "openbadges/1edtech-dc-public-validator/vc-test-resources/ob20/"
    /// After the fixtures' expiry dates (2022) and before their future issue date (2100).
    static let now = try? DateTime("2026-06-01T12:00:00Z")

    static func verifier(_ fetcher: OB2FixtureFetcher = OB2FixtureFetcher()) -> Verifier {
        Verifier(options: VerifierOptions(now: now, fetcher: fetcher))
    }

    static func fixture(_ name: String) throws -> [UInt8] { try Vectors.bytes(fixtures + name) }

    static func asset(_ name: String) throws -> [UInt8] { try Vectors.bytes(fixtures + "assets/" + name) }

    /// A JSON value as bytes.
    static func bytes(_ json: JSON) -> [UInt8] { json.serialized() }

    /// The hosted assertion the basic fixture is a copy of, served at its id.
    static func hosting(_ bytes: [UInt8], extra: [String: OB2FixtureFetcher.Answer] = [:]) throws -> OB2FixtureFetcher {
        let json = try JSON.parse(bytes)
        guard let id = json["id"]?.stringValue else { return OB2FixtureFetcher(extra) }
        return OB2FixtureFetcher(extra.merging([id: .document(bytes)]) { mine, _ in mine })
    }

    /// An issuer's RSA key, made once per test run.
    static let rsaKey: SigningPrivateKey? = try? SigningPrivateKey.generate(.rsa, rsaBits: 2048)

    /// Signs `payload` as a signed OB 2.0 badge.
    static func sign(_ payload: JSON, with key: SigningPrivateKey) throws -> [UInt8] {
        Array(try JWS.sign(payload: payload.serialized(), key: key, header: ["typ": "JWT"]).utf8)
    }

    /// A `CryptographicKey` document for `key`.
    static func keyDocument(id: String, owner: String, key: SigningPrivateKey) throws -> [UInt8] {
        let pem = try key.publicKey.pemRepresentation()
        return bytes(["@context": "https://w3id.org/openbadges/v2", "id": .string(id), "type": "CryptographicKey",
                      "owner": .string(owner), "publicKeyPem": .string(pem)])
    }
}
