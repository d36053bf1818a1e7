import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import IssuanceFixtures
import OpenBadges
import Testing

@Suite struct VCJWTNegativeTests {
    let verifier = Verifier(options: VerifierOptions(now: try? DateTime("2026-06-01T12:00:00Z")))

    /// The codes a single changed byte may produce, by the segment it lands in.
    static let acceptableCodes: Set<CheckCode> = [
        .signatureInvalid, .jwtMalformed, .jwtAlgorithmNotAllowed, .jwtAlgorithmNone, .jwtAlgorithmHMAC,
        .jwtAlgorithmKeyMismatch, .jwtCriticalUnknown, .keyInvalid, .keyControllerMismatch, .jwtPayloadInvalid,
    ]

    @Test(arguments: [KeyType.ed25519, .p256])
    func everySingleByteChangeIsInvalid(type: KeyType) async throws {
        let jwt = Array(try Fixtures.vcJWT(key: try Fixtures.key(type)).utf8)
        var outcomes: [Outcome: Int] = [:]
        for index in jwt.indices {
            var changed = jwt
            // A different base64url character (or a different separator-breaking byte for the dots).
            changed[index] = changed[index] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            let report = await verifier.verify(changed)
            outcomes[report.outcome, default: 0] += 1
            #expect(report.outcome == .invalid, "byte \(index) of \(jwt.count): \(report.text())")
            let failed = Set(report.checks.filter { $0.severity == .error }.map(\.code))
            #expect(!failed.isDisjoint(with: Self.acceptableCodes), "byte \(index): \(failed)")
            #expect(!report.has(.signatureValid), "byte \(index) still verified")
        }
        #expect(outcomes[.invalid] == jwt.count)
    }

    @Test func wrongKeyIsInvalid() async throws {
        // Signed by one Ed25519 key, while the issuer (and kid) is another key's did:key.
        let signer = try Fixtures.key(.ed25519)
        let other = try IssuerKey(privateKey: SigningPrivateKey.generate(.ed25519))
        let otherDID = try #require(other.didKey)
        let credential = try Fixtures.credential(key: other)
        let forged = IssuerKey(privateKey: signer.privateKey, verificationMethod: otherDID.verificationMethodID)
        let report = await verifier.verify(jwt: try VCJWTSigner.sign(credential, with: forged))
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
        #expect(report.has(.keyResolved))  // the key named is the issuer's; the signature is not by it
    }

    @Test func keyOfAnotherControllerIsInvalid() async throws {
        let key = try Fixtures.key(.ed25519)
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: key.privateKey, verificationMethod: key.didKey?.verificationMethodID),
                                     issuerID: "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
        let report = await verifier.verify(jwt: jwt)
        #expect(report.outcome == .invalid)
        #expect(report.has(.keyControllerMismatch))
        #expect(report.has(.signatureValid))
    }

    @Test func expiredIsInvalid() async throws {
        let jwt = try Fixtures.vcJWT(key: try Fixtures.key(.ed25519), validFrom: "2025-01-01T00:00:00Z",
                                     validUntil: "2026-01-01T00:00:00Z")
        let report = await verifier.verify(jwt: jwt)
        #expect(report.outcome == .invalid)
        #expect(report.has(.datesExpired))
        #expect(report.has(.signatureValid))
    }

    @Test func notYetValidIsInvalid() async throws {
        let jwt = try Fixtures.vcJWT(key: try Fixtures.key(.ed25519), validFrom: "2026-09-01T00:00:00Z")
        let report = await verifier.verify(jwt: jwt)
        #expect(report.outcome == .invalid)
        #expect(report.has(.datesNotYetValid))
    }

    @Test func clockSkewIsAllowed() async throws {
        let jwt = try Fixtures.vcJWT(key: try Fixtures.key(.ed25519), validFrom: "2026-06-01T12:04:00Z")
        let report = await verifier.verify(jwt: jwt)
        #expect(report.outcome == .valid, "\(report.text())")
    }

    @Test func truncatedInputIsInvalid() async throws {
        let jwt = try Fixtures.vcJWT(key: try Fixtures.key(.ed25519))
        for length in [0, 1, 10, jwt.utf8.count / 2, jwt.utf8.count - 1] {
            let report = await verifier.verify(Array(jwt.utf8.prefix(length)))
            #expect(report.outcome == .invalid, "\(length): \(report.text())")
        }
    }

    @Test func wrongSegmentCountIsMalformed() async throws {
        let jwt = try Fixtures.vcJWT(key: try Fixtures.key(.ed25519))
        let parts = jwt.split(separator: ".")
        for variant in ["\(parts[0]).\(parts[1])", "\(jwt).\(parts[2])", "\(parts[0]).\(parts[1]).\(parts[2]).x.y"] {
            let report = await verifier.verify(jwt: variant)
            #expect(report.outcome == .invalid)
            #expect(report.has(.jwtMalformed) || report.has(.inputUnrecognized), "\(report.checks.map(\.code))")
        }
    }

    /// Signs an arbitrary payload with a did:key issuer key, as an attacker with a valid key could.
    func signed(payload: [UInt8]) throws -> String {
        let key = try Fixtures.key(.ed25519)
        return try JWS.sign(payload: payload, key: key.privateKey, keyID: key.didKey?.verificationMethodID, type: "JWT")
    }

    @Test func nonJSONPayloadIsInvalid() async throws {
        let report = await verifier.verify(jwt: try signed(payload: Array("not json at all".utf8)))
        #expect(report.outcome == .invalid)
        #expect(report.has(.jwtPayloadInvalid))
        #expect(report.has(.signatureValid))  // signature checks the bytes, whatever they are
    }

    @Test func tenMegabytePayloadIsRefused() async throws {
        let payload = Array("{\"a\":\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20) + Array("\"}".utf8)
        let report = await verifier.verify(jwt: try signed(payload: payload))
        #expect(report.outcome == .invalid)
        #expect(report.has(.inputTooLarge))
    }

    @Test func deeplyNestedPayloadIsRefused() async throws {
        let payload = Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        let report = await verifier.verify(jwt: try signed(payload: payload))
        #expect(report.outcome == .invalid)
        #expect(report.has(.jwtPayloadInvalid))
        #expect(report.checks.contains { $0.message.contains("nested more than 128 levels") })
    }

    @Test func privateKeyInHeaderIsRefused() async throws {
        let key = try Fixtures.key(.ed25519)
        let credential = try Fixtures.credential(key: key, issuerID: "https://learning.example.org/issuers/1")
        let header: JSONObject = ["jwk": .object(key.privateKey.jwk)]
        let jwt = try JWS.sign(payload: credential.json.serialized(), key: key.privateKey, header: header)
        let report = await verifier.verify(jwt: jwt)
        #expect(report.outcome == .invalid)
        #expect(report.has(.keyPrivateExposed))
    }

    @Test func claimsThatContradictTheCredentialAreInvalid() async throws {
        let key = try Fixtures.key(.ed25519)
        let credential = try Fixtures.credential(key: key)
        guard case .object(var payload) = credential.json else { Issue.record("credential is not an object"); return }
        payload["iss"] = "did:example:someone-else"
        payload["jti"] = .string(credential.id)
        payload["nbf"] = 0
        let jwt = try JWS.sign(payload: JSON.object(payload).serialized(), key: key.privateKey,
                               keyID: key.didKey?.verificationMethodID, type: "JWT")
        let report = await verifier.verify(jwt: jwt)
        #expect(report.outcome == .invalid)
        #expect(report.has(.jwtIssuerMismatch))
        #expect(report.has(.jwtNotBeforeMismatch))
        #expect(!report.has(.jwtIdMismatch))
    }

    @Test func refusedAlgorithmsAreReportedByName() async throws {
        // RFC 7515 A.1 (HS256) and A.5 (alg none), re-stated as VC-JWT-shaped tokens.
        let hs256 = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        let none = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
        let hmac = await verifier.verify(jwt: hs256)
        #expect(hmac.outcome == .invalid)
        #expect(hmac.has(.jwtAlgorithmHMAC))
        let unsecured = await verifier.verify(jwt: none)
        #expect(unsecured.outcome == .invalid)
        #expect(unsecured.has(.jwtAlgorithmNone), "\(unsecured.checks.map(\.code))")
    }
}
