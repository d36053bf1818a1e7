import BadgeCrypto
import LaurelJSON
import Testing
import TestSupport

/// Cross-checks with an independent implementation (Python `cryptography`, Tests/Oracles/jose_oracle.py):
/// what Laurel signs the oracle verifies, what the oracle signs Laurel verifies, and both compute the
/// same RFC 7638 thumbprints.
@Suite(.enabled(if: Oracle.isAvailable, Oracle.missingComment))
struct JOSEOracleTests {
    func ask(_ request: JSONObject) throws -> JSON {
        let result = try Oracle.run(script: "jose_oracle.py", input: JSON.object(request).serialized())
        #expect(result.status == 0, "\(result.stderrText)")
        return try JSON.parse(result.stdout)
    }

    @Test(arguments: KeyType.allCases)
    func bothDirections(type: KeyType) throws {
        let key = try TestKeys.key(type)
        let payload = Array(#"{"sub":"did:example:learner","name":"Zoë – 学習者"}"#.utf8)
        let laurelToken = try JWS.sign(payload: payload, key: key)
        let verdict = try ask(["op": "verify", "jws": .string(laurelToken), "jwk": .object(key.publicKey.jwk)])
        #expect(verdict["valid"] == .bool(true))

        var tampered = Array(laurelToken.utf8)
        tampered[tampered.count / 2] = tampered[tampered.count / 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        let refused = try ask(["op": "verify", "jws": .string(String(decoding: tampered, as: UTF8.self)),
                               "jwk": .object(key.publicKey.jwk)])
        #expect(refused["valid"] == .bool(false))

        let oracleToken = try #require(try ask(["op": "sign", "payload_b64u": .string(Base64URL.encode(payload)),
                                                 "jwk": .object(key.jwk)])["jws"]?.stringValue)
        #expect(try JWS.verify(oracleToken, key: key.publicKey).payload == payload)

        let thumbprint = try ask(["op": "thumbprint", "jwk": .object(key.publicKey.jwk)])["thumbprint"]?.stringValue
        #expect(thumbprint == key.publicKey.jwkThumbprint)
    }
}
