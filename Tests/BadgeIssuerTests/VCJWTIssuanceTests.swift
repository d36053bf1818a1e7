import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import IssuanceFixtures
import OpenBadges
import TestSupport
import Testing

@Suite struct VCJWTIssuanceTests {
    static let signingTypes: [KeyType] = [.ed25519, .p256, .p384, .rsa]
    let verifyAt = VerifierOptions(now: try? DateTime("2026-06-01T12:00:00Z"))

    @Test(arguments: signingTypes)
    func issuedWithADIDKeyIssuerVerifiesAsValid(type: KeyType) async throws {
        let key = try Fixtures.key(type)
        // RSA has no did:key, so its issuer is an https URL and the key travels in the header.
        let issuerID: String? = type == .rsa ? "https://learning.example.org/issuers/1" : nil
        let jwt = try Fixtures.vcJWT(key: key, issuerID: issuerID)
        let report = await Verifier(options: verifyAt).verify(jwt: jwt)
        if type == .rsa {
            #expect(report.outcome == .validWithWarnings)
            #expect(report.checks.filter { $0.severity == .warning }.map(\.code) == [.keyEmbedded])
        } else {
            #expect(report.outcome == .valid, "\(report.text())")
            #expect(report.has(.keyResolved))
        }
        #expect(report.has(.signatureValid))
        #expect(report.has(.jwtClaims))
        #expect(report.has(.datesValid))
    }

    @Test func payloadRestatesTheCredentialInJWTClaims() throws {
        let key = try Fixtures.key(.ed25519)
        let jwt = try Fixtures.vcJWT(key: key, validUntil: "2027-01-15T09:00:00Z", recipient: "did:example:ana")
        let jws = try CompactJWS.parse(jwt)
        let payload = try JSON.parse(jws.payload)
        let did = try #require(key.didKey)
        #expect(jws.header.keys == ["alg", "kid", "typ"])
        #expect(jws.keyID == did.verificationMethodID)
        #expect(jws.type == "JWT")
        #expect(payload["iss"]?.stringValue == did.did)
        #expect(payload["issuer"]?["id"]?.stringValue == did.did)
        #expect(payload["jti"] == payload["id"])
        #expect(payload["id"]?.stringValue?.hasPrefix("urn:uuid:") == true)
        #expect(payload["nbf"]?.intValue == 1_768_467_600)
        #expect(payload["exp"]?.intValue == 1_800_003_600)
        #expect(payload["sub"]?.stringValue == "did:example:ana")
        #expect(payload["@context"] == [
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        ])
    }

    @Test func hashedEmailRecipientHasNoSubClaim() throws {
        let jwt = try Fixtures.vcJWT(key: try Fixtures.key(.ed25519))
        let payload = try JSON.parse(try CompactJWS.parse(jwt).payload)
        #expect(payload["sub"] == nil)
        let identity = try #require(payload["credentialSubject"]?["identifier"]?[0])
        #expect(identity["hashed"] == true)
        #expect(identity["identityType"] == "emailAddress")
        let hash = try #require(identity["identityHash"]?.stringValue)
        let salt = try #require(identity["salt"]?.stringValue)
        #expect(hash == "sha256$" + SHA256.hash("ana@example.org" + salt).hexString)
        #expect(!jwt.contains("ana@example.org"))
    }

    @Test func eachCredentialGetsItsOwnIdAndSalt() throws {
        let key = try Fixtures.key(.ed25519)
        let a = try Fixtures.credential(key: key), b = try Fixtures.credential(key: key)
        #expect(a.id != b.id)
        #expect(a.credentialSubject.identifier.first?.salt != b.credentialSubject.identifier.first?.salt)
    }

    @Test func recipientSpecifiers() throws {
        #expect(try RecipientSpecifier(parsing: " Email:Ana@Example.org ").kind == .email("ana@example.org"))
        #expect(try RecipientSpecifier(parsing: "did:key:z6Mk").kind == .subjectID("did:key:z6Mk"))
        #expect(try RecipientSpecifier(parsing: "url:https://ana.example.org").kind == .subjectID("https://ana.example.org"))
        #expect(try RecipientSpecifier(parsing: "sourcedId:4711").kind == .identifier(.sourcedId, "4711"))
        for bad in ["ana@example.org", "email:", "email:ana", "url:ftp://x", "fax:123", "id:nocolon"] {
            #expect(throws: IssuanceError.self, "\(bad)") { try RecipientSpecifier(parsing: bad) }
        }
        let plain = try RecipientSpecifier(parsing: "email:ana@example.org").recipient(hashed: false)
        #expect(plain.identities.first?.hashed == false)
        #expect(plain.identities.first?.identityHash == "ana@example.org")
    }

    @Test func validUntilMustFollowValidFrom() throws {
        #expect(throws: IssuanceError.self) {
            try Fixtures.credential(key: try Fixtures.key(.ed25519), validUntil: "2026-01-15T09:00:00Z")
        }
    }

    @Test func rsaIssuerWithoutIDIsRefused() throws {
        #expect(throws: IssuanceError.self) {
            try Profile.issuerProfile(from: try Fixtures.exampleJSON("issuer.json"), key: try Fixtures.key(.rsa))
        }
    }
}

/// Independent implementations judge what Laurel issues.
@Suite(.enabled(if: Oracle.isAvailable, Oracle.missingComment))
struct VCJWTOracleTests {
    @Test func issuedCredentialsPassTheOfficialSchema() throws {
        try #require(Vectors.isAvailable, "\(Vectors.missingComment.rawValue)")
        var documents: [JSON] = []
        for type in VCJWTIssuanceTests.signingTypes {
            let key = try Fixtures.key(type)
            let issuerID: String? = type == .rsa ? "https://learning.example.org/issuers/1" : nil
            for recipient in ["email:ana@example.org", "did:example:ana", "sourcedId:4711"] {
                documents.append(try Fixtures.credential(key: key, issuerID: issuerID, validUntil: "2030-01-01T00:00:00+02:00",
                                                         recipient: recipient).json)
            }
        }
        let schema = Vectors.url("ob-spec/schemas/ob_v3p0/ob_v3p0_achievementcredential_schema.json").path
        let result = try Oracle.run(script: "ob3_schema.py", arguments: [schema, "--batch"],
                                    input: JSON.array(documents).serialized())
        #expect(result.status == 0, "\(result.stderrText)")
        let errors = try JSON.parse(result.stdout)
        #expect(errors.arrayValue?.count == documents.count)
        for (index, list) in (errors.arrayValue ?? []).enumerated() {
            #expect(list.arrayValue?.isEmpty == true, "document \(index): \(list.serializedString())")
        }
    }

    @Test(arguments: VCJWTIssuanceTests.signingTypes)
    func issuedVCJWTsVerifyWithJWCrypto(type: KeyType) throws {
        let key = try Fixtures.key(type)
        let issuerID: String? = type == .rsa ? "https://learning.example.org/issuers/1" : nil
        let jwt = try Fixtures.vcJWT(key: key, issuerID: issuerID)
        let request: JSON = ["jws": .string(jwt), "jwk": .object(key.publicKey.jwk)]
        let result = try Oracle.run(script: "jws_verify.py", input: request.serialized())
        #expect(result.status == 0, "\(result.stdoutText)\(result.stderrText)")
        #expect(try JSON.parse(result.stdout) == JSON.parse(try CompactJWS.parse(jwt).payload))

        // The oracle judges: a different key fails.
        let other = try SigningPrivateKey.generate(type)
        let wrong: JSON = ["jws": .string(jwt), "jwk": .object(other.publicKey.jwk)]
        #expect(try Oracle.run(script: "jws_verify.py", input: wrong.serialized()).status == 1)
    }
}
