import BadgeCrypto
import LaurelJSON
import Testing
import TestSupport

@Suite struct JWKTests {
    func parse(_ text: String) throws -> JWK { try JWK(parsing: Array(text.utf8)) }

    @Test(arguments: KeyType.allCases)
    func roundTrips(type: KeyType) throws {
        let key = try TestKeys.key(type)
        // Private JWK → key → same key pair.
        let privateJWK = JWK(.privateKey(key), keyID: "k1", use: "sig")
        let privateText = JSON.object(privateJWK.jsonObject(includePrivate: true)).serialized()
        let reread = try JWK(parsing: privateText)
        #expect(reread.keyID == "k1" && reread.use == "sig")
        let rereadKey = try #require(reread.privateKey)
        #expect(rereadKey.publicKey == key.publicKey)
        let signature = try rereadKey.signature(for: [1, 2, 3])
        #expect(key.publicKey.isValidSignature(signature, for: [1, 2, 3]))
        // Public JWK: no private members leak, and it reads back as the same key.
        let publicObject = privateJWK.jsonObject()
        for member in ["d", "p", "q", "dp", "dq", "qi"] { #expect(publicObject[member] == nil) }
        let publicJWK = try JWK(json: .object(publicObject))
        #expect(publicJWK.privateKey == nil)
        #expect(publicJWK.publicKey == key.publicKey)
        #expect(publicJWK.thumbprint == key.publicKey.jwkThumbprint)
        #expect(try Base64URL.decode(publicJWK.thumbprint).count == 32)
    }

    @Test func memberOrderForExport() throws {
        #expect(try TestKeys.key(.p256).publicKey.jwk.keys == ["kty", "crv", "x", "y"])
        #expect(try TestKeys.key(.ed25519).jwk.keys == ["kty", "crv", "x", "d"])
        #expect(try TestKeys.key(.rsa).jwk.keys == ["kty", "n", "e", "d", "p", "q", "dp", "dq", "qi"])
    }

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func cookbookKeys() throws {
        let rsaPublic = try JWK(json: try Vectors.json("jose-jws/cookbook/jwk/3_3.rsa_public_key.json"))
        #expect(rsaPublic.keyID == "bilbo.baggins@hobbiton.example" && rsaPublic.publicKey.bits == 2048)
        let rsaPrivate = try JWK(json: try Vectors.json("jose-jws/cookbook/jwk/3_4.rsa_private_key.json"))
        #expect(rsaPrivate.publicKey == rsaPublic.publicKey)
        // RFC 7520's P-521 keys and symmetric keys are not signature keys Laurel uses.
        #expect(throws: JWKError.unsupportedCurve("P-521")) {
            try JWK(json: try Vectors.json("jose-jws/cookbook/jwk/3_1.ec_public_key.json"))
        }
        #expect(throws: JWKError.unsupportedKeyType("oct")) {
            try JWK(json: try Vectors.json("jose-jws/cookbook/jwk/3_5.symmetric_key_mac_computation.json"))
        }
    }

    @Test func rfc7638ExampleThumbprint() throws {
        // RFC 7638 §3.1.
        let key = try parse("""
            {"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"}
            """)
        #expect(key.thumbprint == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")
    }

    // MARK: Malformed JWKs: each error names the member

    static let p256 = (x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
                       d: "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI")

    @Test func missingMembers() {
        #expect(throws: JWKError.missingMember("kty")) { try parse(#"{"crv":"Ed25519"}"#) }
        #expect(throws: JWKError.missingMember("crv")) { try parse(#"{"kty":"EC","x":"AA","y":"AA"}"#) }
        #expect(throws: JWKError.missingMember("x")) { try parse(#"{"kty":"OKP","crv":"Ed25519"}"#) }
        #expect(throws: JWKError.missingMember("y")) { try parse(#"{"kty":"EC","crv":"P-256","x":"\#(Self.p256.x)"}"#) }
        #expect(throws: JWKError.missingMember("n")) { try parse(#"{"kty":"RSA","e":"AQAB"}"#) }
        #expect(throws: JWKError.missingMember("e")) { try parse(#"{"kty":"RSA","n":"AQAB"}"#) }
    }

    @Test func wrongTypesAndEncodings() {
        #expect(throws: JWKError.notAnObject(found: "an array")) { try parse("[]") }
        #expect(throws: JWKError.wrongMemberType(member: "x", expected: "a string", found: "a number")) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":5}"#)
        }
        #expect(throws: JWKError.wrongMemberType(member: "key_ops", expected: "an array of strings", found: "a string")) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"AA","key_ops":"sign"}"#)
        }
        #expect(throws: JWKError.duplicateKeyOperation("verify")) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"AA","key_ops":["verify","verify"]}"#)
        }
        #expect(throws: JWKError.invalidBase64URL(member: "x", .paddingNotAllowed(encoding: "base64url", offset: 43))) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="}"#)
        }
        #expect(throws: JWKError.invalidBase64URL(member: "x", .nonCanonicalTrailingBits(encoding: "base64url", offset: 42))) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURp"}"#)
        }
        #expect(throws: JWKError.self) { try parse(#"{"kty":"OKP","kty":"EC"}"#) }
    }

    @Test func wrongLengths() {
        #expect(throws: JWKError.invalidMemberLength(member: "x", expected: "32", actual: 31)) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"\#(Base64URL.encode([UInt8](repeating: 7, count: 31)))"}"#)
        }
        #expect(throws: JWKError.invalidMemberLength(member: "d", expected: "32", actual: 33)) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"\#(Base64URL.encode([UInt8](repeating: 7, count: 33)))"}"#)
        }
        // RFC 7518 §6.2.1.2: coordinates are always full length, even with leading zeros.
        #expect(throws: JWKError.invalidMemberLength(member: "x", expected: "32", actual: 31)) {
            try parse(#"{"kty":"EC","crv":"P-256","x":"\#(Base64URL.encode([UInt8](repeating: 7, count: 31)))","y":"\#(Self.p256.y)"}"#)
        }
        #expect(throws: JWKError.invalidMemberLength(member: "y", expected: "48", actual: 32)) {
            try parse(#"{"kty":"EC","crv":"P-384","x":"\#(Base64URL.encode([UInt8](repeating: 7, count: 48)))","y":"\#(Self.p256.y)"}"#)
        }
    }

    @Test func invalidKeys() throws {
        // RFC 7517 Appendix A.1's P-256 key with y changed: not on the curve.
        var y = try Base64URL.decode(Self.p256.y)
        y[31] ^= 1
        #expect(throws: JWKError.invalidKey(member: "x", .invalidPoint(curve: "P-256", reason: "the point is not on the curve"))) {
            try parse(#"{"kty":"EC","crv":"P-256","x":"\#(Self.p256.x)","y":"\#(Base64URL.encode(y))"}"#)
        }
        let valid = try parse(#"{"kty":"EC","crv":"P-256","x":"\#(Self.p256.x)","y":"\#(Self.p256.y)","d":"\#(Self.p256.d)"}"#)
        #expect(valid.privateKey != nil)
        let otherD = Base64URL.encode(try P256.PrivateKey().rawRepresentation)
        #expect(throws: JWKError.privateKeyMismatch(member: "d")) {
            try parse(#"{"kty":"EC","crv":"P-256","x":"\#(Self.p256.x)","y":"\#(Self.p256.y)","d":"\#(otherD)"}"#)
        }
        let otherSeed = Base64URL.encode([UInt8](repeating: 9, count: 32))
        #expect(throws: JWKError.privateKeyMismatch(member: "d")) {
            try parse(#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"\#(otherSeed)"}"#)
        }
        #expect(throws: JWKError.unsupportedCurve("X25519")) { try parse(#"{"kty":"OKP","crv":"X25519","x":"AA"}"#) }
        #expect(throws: JWKError.unsupportedCurve("secp256k1")) { try parse(#"{"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"}"#) }
        #expect(throws: JWKError.unsupportedKeyType("oct")) { try parse(#"{"kty":"oct","k":"AAAA"}"#) }
    }

    @Test func rsaMembers() throws {
        let key = try TestKeys.key(.rsa)
        let full = key.jwk
        func variant(_ edit: (inout JSONObject) -> Void) throws -> JWK {
            var object = full
            edit(&object)
            return try JWK(json: .object(object))
        }
        #expect(throws: JWKError.missingCRTParameters(["dq", "qi"])) {
            try variant { $0.removeValue(forKey: "dq"); $0.removeValue(forKey: "qi") }
        }
        #expect(throws: JWKError.multiPrimeNotSupported) { try variant { $0["oth"] = .array([]) } }
        #expect(throws: JWKError.nonMinimalInteger(member: "n")) {
            try variant { object in
                let modulus = (try? Base64URL.decode(object["n"]?.stringValue ?? "")) ?? []
                object["n"] = .string(Base64URL.encode([0] + modulus))
            }
        }
        #expect(throws: JWKError.invalidKey(member: "e", .rsaInvalidExponent(reason: "it must be odd and at least 3"))) {
            try variant { $0["e"] = "AQAA" }
        }
        #expect(throws: JWKError.invalidKey(member: "n", .rsaModulusTooSmall(bits: 1024, minimum: 2048))) {
            try variant { $0["n"] = .string(Base64URL.encode([UInt8](repeating: 0xC3, count: 128))) }
        }
        #expect(throws: JWKError.privateKeyMismatch(member: "d")) {
            try variant { object in
                var qi = (try? Base64URL.decode(object["qi"]?.stringValue ?? "")) ?? []
                qi[qi.count - 1] ^= 2
                object["qi"] = .string(Base64URL.encode(qi))
            }
        }
        #expect(throws: JWKError.missingMember("d")) {
            try variant { $0.removeValue(forKey: "d") }
        }
    }

    @Test func usageRestrictions() throws {
        let base = try TestKeys.key(.p256).publicKey.jwk
        func jwk(_ extra: JSONObject) throws -> JWK {
            var object = base
            for member in extra { object[member.key] = member.value }
            return try JWK(json: .object(object))
        }
        try jwk(["use": "sig", "key_ops": ["verify"], "alg": "ES256"]).checkPermitted(operation: "verify", algorithm: .es256)
        #expect(throws: JWKError.notPermitted(reason: #""use" is "enc", not "sig""#)) {
            try jwk(["use": "enc"]).checkPermitted(operation: "verify", algorithm: .es256)
        }
        #expect(throws: JWKError.notPermitted(reason: #""key_ops" ["sign"] does not include "verify""#)) {
            try jwk(["key_ops": ["sign"]]).checkPermitted(operation: "verify", algorithm: .es256)
        }
        #expect(throws: JWKError.notPermitted(reason: #""alg" is "ES384", not "ES256""#)) {
            try jwk(["alg": "ES384"]).checkPermitted(operation: "verify", algorithm: .es256)
        }
    }

    @Test func sizeLimit() {
        let big = [UInt8](repeating: 0x20, count: JWK.maxBytes + 1)
        #expect(throws: JWKError.tooLarge(size: JWK.maxBytes + 1, limit: JWK.maxBytes)) { try JWK(parsing: big) }
    }
}
