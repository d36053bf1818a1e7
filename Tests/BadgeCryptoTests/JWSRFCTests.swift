import BadgeCrypto
import LaurelJSON
import Testing
import TestSupport

/// RFC 7515 Appendix A, RFC 8037 Appendix A and the RFC 7520 cookbook.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct JWSRFCTests {
    static let examples = "jose-jws/rfc-appendix-examples.json"

    func example(_ id: String) throws -> JSON {
        let cases = try #require(try Vectors.json(Self.examples)["cases"]?.arrayValue)
        return try #require(cases.first { $0["id"]?.stringValue == id })
    }

    func jwk(_ value: JSON?) throws -> JWK { try JWK(json: try #require(value)) }

    @Test func rfc8037A4EdDSASignedByteForByte() throws {
        let vector = try example("rfc8037-A.4")
        let key = try #require(try jwk(vector["privateJwk"]).privateKey)
        let compact = try #require(vector["compact"]?.stringValue)
        let payload = Array(try #require(vector["payloadDecoded"]?.stringValue).utf8)
        let signed = try JWS.sign(payload: payload, key: key)
        #expect(signed == compact)
        let verified = try JWS.verify(compact, jwk: try jwk(vector["publicJwk"]))
        #expect(verified.algorithm == .edDSA)
        #expect(verified.payload == payload)
        #expect(verified.signingInput == Array(try #require(vector["signingInput"]?.stringValue).utf8))
        #expect(verified.header == ["alg": "EdDSA"])
    }

    @Test func rfc8037A3Thumbprint() throws {
        let vector = try Vectors.json(Self.examples)["rfc8037_A3_jwkThumbprint"]
        let key = try jwk(vector?["jwk"])
        #expect(key.thumbprint == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k")
        #expect(key.thumbprint == vector?["thumbprint"]?.stringValue)
    }

    @Test func rfc7515A2RS256VerifiesAndResigns() throws {
        let vector = try example("rfc7515-A.2")
        let compact = try #require(vector["compact"]?.stringValue)
        let verified = try JWS.verify(compact, jwk: try jwk(vector["publicJwk"]))
        #expect(verified.algorithm == .rs256)
        // The payload holds CRLFs: the original bytes are kept, never re-serialized.
        #expect(verified.payload == Array(try #require(vector["payloadDecoded"]?.stringValue).utf8))
        #expect(verified.headerBytes == Array(try #require(vector["protectedHeaderDecoded"]?.stringValue).utf8))
        // RS256 is deterministic: signing the same input with the imported CRT private key (through
        // OSSL_PARAM_BLD / EVP_PKEY_fromdata) gives the RFC's signature.
        let privateKey = try #require(try jwk(vector["privateJwk"]).privateKey)
        let signingInput = Array(try #require(vector["signingInput"]?.stringValue).utf8)
        let signature = try privateKey.signature(for: signingInput)
        #expect(Base64URL.encode(signature) == compact.split(separator: ".").last.map(String.init))
    }

    @Test func rfc7515A3ES256Verifies() throws {
        let vector = try example("rfc7515-A.3")
        let compact = try #require(vector["compact"]?.stringValue)
        let verified = try JWS.verify(compact, jwk: try jwk(vector["publicJwk"]))
        #expect(verified.algorithm == .es256)
        #expect(verified.signature.count == 64)
        // The private JWK imports, its d matches x and y, and what it signs verifies.
        let privateKey = try #require(try jwk(vector["privateJwk"]).privateKey)
        let resigned = try JWS.sign(payload: verified.payload, key: privateKey)
        _ = try JWS.verify(resigned, key: try jwk(vector["publicJwk"]).publicKey)
    }

    @Test func rfc7515A1HS256Refused() throws {
        let compact = try #require(try example("rfc7515-A.1")["compact"]?.stringValue)
        #expect(throws: JWSError.hmacNotSupported("HS256")) { try CompactJWS.parse(compact) }
    }

    @Test func rfc7515A4ES512Refused() throws {
        let compact = try #require(try example("rfc7515-A.4")["compact"]?.stringValue)
        #expect(throws: JWSError.algorithmNotAllowed("ES512")) { try CompactJWS.parse(compact) }
        // Its P-521 key is refused too, naming the curve.
        #expect(throws: JWKError.unsupportedCurve("P-521")) { try jwk(try example("rfc7515-A.4")["publicJwk"]) }
    }

    @Test func rfc7515A5UnsecuredRefused() throws {
        let compact = try #require(try example("rfc7515-A.5")["compact"]?.stringValue)
        #expect(throws: JWSError.unsecuredJWS) { try CompactJWS.parse(compact) }
    }

    // MARK: RFC 7520 cookbook

    @Test func cookbookRS256SignedAndVerified() throws {
        let vector = try Vectors.json("jose-jws/cookbook/jws/4_1.rsa_v15_signature.json")
        let keyJSON = try #require(vector.at("input", "key"))
        let key = try JWK(json: keyJSON)
        let privateKey = try #require(key.privateKey)
        let payload = Array(try #require(vector.at("input", "payload")?.stringValue).utf8)
        let header = try #require(vector.at("signing", "protected")?.objectValue)
        let compact = try #require(vector.at("output", "compact")?.stringValue)
        // The cookbook's header is {"alg":"RS256","kid":…}: Laurel's serializer reproduces its bytes.
        #expect(try JWS.sign(payload: payload, key: privateKey, header: header) == compact)
        let verified = try JWS.verify(compact, jwk: key)
        #expect(verified.keyID == "bilbo.baggins@hobbiton.example")
        #expect(verified.payload == payload)
    }

    @Test func cookbookEd25519() throws {
        let vector = try Vectors.json("jose-jws/cookbook/curve25519/jws.json")
        let key = try JWK(json: try #require(vector.at("input", "key")))
        let compact = try #require(vector.at("output", "compact")?.stringValue)
        #expect(try JWS.sign(payload: Array("Example of Ed25519 signing".utf8), key: try #require(key.privateKey))
            == compact)
        _ = try JWS.verify(compact, jwk: key)
    }

    @Test func cookbookES512AndPS384AndHS256Refused() throws {
        let refusals: [(String, JWSError)] = [
            ("4_3.ecdsa_signature.json", .algorithmNotAllowed("ES512")),
            ("4_2.rsa-pss_signature.json", .algorithmNotAllowed("PS384")),
            ("4_4.hmac-sha2_integrity_protection.json", .hmacNotSupported("HS256")),
        ]
        for (file, error) in refusals {
            let vector = try Vectors.json("jose-jws/cookbook/jws/" + file)
            let compact = try #require(vector.at("output", "compact")?.stringValue)
            #expect(throws: error) { try CompactJWS.parse(compact) }
        }
    }

    @Test func rfc7797UnencodedPayloadRefused() throws {
        let vector = try Vectors.json("jose-jws/cookbook/rfc7797/4.2.hmac-sha2_b64_false.json")
        let protected = try #require(vector.at("signing", "protected_b64u")?.stringValue)
        // Swap in an allowed algorithm so that b64 (not HS256) is what is refused.
        let header = try #require(vector.at("signing", "protected")?.objectValue)
        var edited = header
        edited["alg"] = "EdDSA"
        let compact = Base64URL.encode(JSON.object(edited).serialized()) + ".$.AAAA"
        #expect(throws: JWSError.unencodedPayloadNotSupported) { try CompactJWS.parse(compact) }
        #expect(!protected.isEmpty)
    }
}
