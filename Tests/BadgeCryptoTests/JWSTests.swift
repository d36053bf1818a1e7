import BadgeCrypto
import LaurelJSON
import Testing

@Suite struct JWSTests {
    let payload = Array(#"{"iss":"did:example:issuer","vc":{"type":["VerifiableCredential","OpenBadgeCredential"]}}"#.utf8)

    /// A compact JWS with the given header (serialized as is), payload and signature segments.
    func compact(header: String, payload: String = "e30", signature: String = "AAAA") -> String {
        Base64URL.encode(Array(header.utf8)) + "." + payload + "." + signature
    }

    @Test(arguments: KeyType.allCases)
    func signAndVerify(type: KeyType) throws {
        let key = try TestKeys.key(type)
        let token = try JWS.sign(payload: payload, key: key, keyID: "did:example:issuer#key-1", type: "JWT")
        let verified = try JWS.verify(token, key: key.publicKey)
        #expect(verified.algorithm == type.jwsAlgorithm)
        #expect(verified.payload == payload)
        #expect(verified.keyID == "did:example:issuer#key-1" && verified.type == "JWT")
        #expect(verified.header.keys == ["alg", "kid", "typ"])
        // The header bytes are exactly Laurel's compact serialization, and the signing input is the
        // first two segments of the token.
        #expect(String(decoding: verified.headerBytes, as: UTF8.self)
            == #"{"alg":"\#(type.jwsAlgorithm.rawValue)","kid":"did:example:issuer#key-1","typ":"JWT"}"#)
        let segments = token.split(separator: ".", omittingEmptySubsequences: false)
        #expect(segments.count == 3)
        #expect(verified.signingInput == Array((segments[0] + "." + segments[1]).utf8))
        #expect(verified.signature.count == (type == .rsa ? 256 : type == .p384 ? 96 : 64))
    }

    @Test func signWithEmbeddedJWKAndCustomMembers() throws {
        let key = try TestKeys.key(.ed25519)
        let header: JSONObject = ["typ": "vc+jwt", "jwk": .object(key.publicKey.jwk), "alg": "EdDSA"]
        let token = try JWS.sign(payload: payload, key: key, header: header)
        let parsed = try CompactJWS.parse(token)
        #expect(parsed.header.keys == ["alg", "typ", "jwk"])
        let embedded = try JWK(json: try #require(parsed.header["jwk"]))
        try parsed.verify(with: embedded.publicKey)
    }

    @Test func signRefusesConflictingHeaders() throws {
        let key = try TestKeys.key(.p256)
        #expect(throws: JWSError.headerNotAllowedForSigning(name: "alg", reason: #"a P-256 key signs with ES256, not "RS256""#)) {
            try JWS.sign(payload: payload, key: key, header: ["alg": "RS256"])
        }
        #expect(throws: JWSError.headerNotAllowedForSigning(name: "crit", reason: "Laurel does not implement this extension")) {
            try JWS.sign(payload: payload, key: key, header: ["crit": ["exp"], "exp": 1])
        }
        #expect(throws: JWSError.headerNotAllowedForSigning(name: "b64", reason: "Laurel does not implement this extension")) {
            try JWS.sign(payload: payload, key: key, header: ["b64": false])
        }
        #expect(throws: JWSError.invalidHeaderMember(name: "kid", reason: "must be a string, found a number")) {
            try JWS.sign(payload: payload, key: key, header: ["kid": 7])
        }
    }

    // MARK: Tampering and wrong keys

    @Test(arguments: KeyType.allCases)
    func tamperedTokensFail(type: KeyType) throws {
        let key = try TestKeys.key(type)
        let token = Array(try JWS.sign(payload: payload, key: key).utf8)
        let firstDot = try #require(token.firstIndex(of: UInt8(ascii: ".")))
        let lastDot = try #require(token.lastIndex(of: UInt8(ascii: ".")))
        // One character changed in each segment (to another alphabet character that keeps the
        // encoding canonical: the first character of a 4-character group carries no spare bits).
        for position in [firstDot - 8 - (firstDot % 4), firstDot + 1, lastDot + 1] {
            var edited = token
            edited[position] = edited[position] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            do {
                _ = try JWS.verify(String(decoding: edited, as: UTF8.self), key: key.publicKey)
                Issue.record("a token edited at \(position) verified")
            } catch {
                // The header edit may break the JSON or the alg; every other edit breaks the signature.
                if position > firstDot { #expect(error == .signatureInvalid) }
            }
        }
    }

    @Test func wrongKeyAndWrongKeyType() throws {
        let token = try JWS.sign(payload: payload, key: try TestKeys.key(.p256))
        let otherP256 = try SigningPrivateKey.generate(.p256)
        #expect(throws: JWSError.signatureInvalid) { try JWS.verify(token, key: otherP256.publicKey) }
        #expect(throws: JWSError.algorithmKeyMismatch(algorithm: .es256, keyType: .p384)) {
            try JWS.verify(token, key: try TestKeys.key(.p384).publicKey)
        }
        #expect(throws: JWSError.algorithmKeyMismatch(algorithm: .es256, keyType: .ed25519)) {
            try JWS.verify(token, key: try TestKeys.key(.ed25519).publicKey)
        }
        let rsaToken = try JWS.sign(payload: payload, key: try TestKeys.key(.rsa))
        #expect(throws: JWSError.algorithmKeyMismatch(algorithm: .rs256, keyType: .p256)) {
            try JWS.verify(rsaToken, key: otherP256.publicKey)
        }
    }

    // MARK: Structure

    @Test func segmentCounts() throws {
        let token = try JWS.sign(payload: payload, key: try TestKeys.key(.ed25519))
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        #expect(throws: JWSError.wrongSegmentCount(0)) { try CompactJWS.parse("") }
        #expect(throws: JWSError.wrongSegmentCount(1)) { try CompactJWS.parse(parts[0]) }
        #expect(throws: JWSError.wrongSegmentCount(2)) { try CompactJWS.parse(parts[0] + "." + parts[1]) }
        #expect(throws: JWSError.wrongSegmentCount(4)) { try CompactJWS.parse(token + ".") }
        #expect(throws: JWSError.wrongSegmentCount(5)) { try CompactJWS.parse(token + ".a.b") }
        // Truncated: the signature loses its last characters.
        #expect(throws: JWSError.self) { try JWS.verify(String(token.dropLast(4)), key: try TestKeys.key(.ed25519).publicKey) }
        #expect(throws: JWSError.invalidSignatureLength(algorithm: .edDSA, expected: 64, actual: 0)) {
            try CompactJWS.parse(parts[0] + "." + parts[1] + ".")
        }
    }

    @Test func base64URLStrictness() throws {
        let token = try JWS.sign(payload: Array("abcd".utf8), key: try TestKeys.key(.ed25519))
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        #expect(parts[1] == "YWJjZA")
        #expect(throws: JWSError.invalidBase64URL(segment: .payload, .paddingNotAllowed(encoding: "base64url", offset: 6))) {
            try CompactJWS.parse(parts[0] + ".YWJjZA==." + parts[2])
        }
        #expect(throws: JWSError.invalidBase64URL(segment: .payload, .nonCanonicalTrailingBits(encoding: "base64url", offset: 5))) {
            try CompactJWS.parse(parts[0] + ".YWJjZB." + parts[2])
        }
        #expect(throws: JWSError.invalidBase64URL(segment: .payload, .invalidCharacter(encoding: "base64url", character: "'+'", offset: 0))) {
            try CompactJWS.parse(parts[0] + ".+WJjZA." + parts[2])
        }
        #expect(throws: JWSError.invalidBase64URL(segment: .signature, .paddingNotAllowed(encoding: "base64url", offset: 86))) {
            try CompactJWS.parse(token + "==")
        }
        #expect(throws: JWSError.invalidBase64URL(segment: .header, .invalidCharacter(encoding: "base64url", character: "0x20", offset: 0))) {
            try CompactJWS.parse(" " + token)
        }
    }

    @Test func headerMustBeAStrictJSONObject() {
        #expect(throws: JWSError.headerNotJSON(JSONParseError(reason: .unexpectedCharacter(found: "'n'", expected: "a value"), offset: 0, line: 1, column: 1))) {
            try CompactJWS.parse(compact(header: "not json"))
        }
        #expect(throws: JWSError.self) { try CompactJWS.parse(compact(header: #"{"alg":"EdDSA","alg":"EdDSA"}"#)) }
        #expect(throws: JWSError.headerNotObject(found: "an array")) { try CompactJWS.parse(compact(header: #"["EdDSA"]"#)) }
        #expect(throws: JWSError.missingAlgorithm) { try CompactJWS.parse(compact(header: #"{"typ":"JWT"}"#)) }
        #expect(throws: JWSError.invalidHeaderMember(name: "alg", reason: "must be a string, found a number")) {
            try CompactJWS.parse(compact(header: #"{"alg":256}"#))
        }
        #expect(throws: JWSError.invalidHeaderMember(name: "kid", reason: "must be a string, found an object")) {
            try CompactJWS.parse(compact(header: #"{"alg":"EdDSA","kid":{}}"#))
        }
    }

    @Test func refusedAlgorithms() {
        for (alg, error) in [("none", JWSError.unsecuredJWS), ("None", .unsecuredJWS), ("HS256", .hmacNotSupported("HS256")),
                             ("HS384", .hmacNotSupported("HS384")), ("HS512", .hmacNotSupported("HS512")),
                             ("PS256", .algorithmNotAllowed("PS256")), ("ES512", .algorithmNotAllowed("ES512")),
                             ("RS384", .algorithmNotAllowed("RS384")), ("ES256K", .algorithmNotAllowed("ES256K")),
                             ("eddsa", .algorithmNotAllowed("eddsa")), ("Ed25519", .algorithmNotAllowed("Ed25519"))]
        {
            #expect(throws: error) { try CompactJWS.parse(compact(header: #"{"alg":"\#(alg)"}"#, signature: "")) }
        }
    }

    @Test func derSignaturesAndWrongLengths() throws {
        let key = try TestKeys.key(.p256)
        let token = try JWS.sign(payload: payload, key: key)
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let raw = try Base64URL.decode(parts[2])
        func integer(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
            var value = Array(bytes.drop { $0 == 0 })
            if value.first.map({ $0 & 0x80 != 0 }) ?? true { value.insert(0, at: 0) }
            return [0x02, UInt8(value.count)] + value
        }
        let body = integer(raw[0..<32]) + integer(raw[32..<64])
        let der = [0x30, UInt8(body.count)] + body
        let derToken = parts[0] + "." + parts[1] + "." + Base64URL.encode(der)
        #expect(throws: JWSError.signatureIsDER(algorithm: .es256)) { try JWS.verify(derToken, key: key.publicKey) }
        let longToken = parts[0] + "." + parts[1] + "." + Base64URL.encode(raw + [0])
        #expect(throws: JWSError.invalidSignatureLength(algorithm: .es256, expected: 64, actual: 65)) {
            try JWS.verify(longToken, key: key.publicKey)
        }
        let rsa = try TestKeys.key(.rsa)
        let rsaParts = try JWS.sign(payload: payload, key: rsa).split(separator: ".").map(String.init)
        let shortRSA = rsaParts[0] + "." + rsaParts[1] + "." + Base64URL.encode([UInt8](repeating: 1, count: 255))
        #expect(throws: JWSError.invalidSignatureLength(algorithm: .rs256, expected: 256, actual: 255)) {
            try JWS.verify(shortRSA, key: rsa.publicKey)
        }
    }

    @Test func criticalHeaders() {
        #expect(throws: JWSError.unsupportedCriticalHeader("exp")) {
            try CompactJWS.parse(compact(header: #"{"alg":"EdDSA","crit":["exp"],"exp":1363284000}"#))
        }
        let malformed: [(String, String)] = [
            (#"{"alg":"EdDSA","crit":"exp","exp":1}"#, "must be an array of strings, found a string"),
            (#"{"alg":"EdDSA","crit":[],"exp":1}"#, "must not be an empty array"),
            (#"{"alg":"EdDSA","crit":[1]}"#, "must hold only strings, found a number"),
            (#"{"alg":"EdDSA","crit":["exp","exp"],"exp":1}"#, #"lists "exp" twice"#),
            (#"{"alg":"EdDSA","crit":["alg"]}"#, #"lists "alg", a parameter registered by RFC 7515"#),
            (#"{"alg":"EdDSA","crit":["exp"]}"#, #"lists "exp", which the header does not contain"#),
        ]
        for (header, reason) in malformed {
            #expect(throws: JWSError.malformedCritical(reason: reason)) { try CompactJWS.parse(compact(header: header)) }
        }
    }

    @Test func unencodedPayload() throws {
        #expect(throws: JWSError.unencodedPayloadNotSupported) {
            try CompactJWS.parse(compact(header: #"{"alg":"EdDSA","b64":false,"crit":["b64"]}"#))
        }
        #expect(throws: JWSError.invalidHeaderMember(name: "b64", reason: "must be a boolean, found a string")) {
            try CompactJWS.parse(compact(header: #"{"alg":"EdDSA","b64":"false"}"#))
        }
        // b64: true is the default encoding, so listing it as critical is understood.
        let key = try TestKeys.key(.ed25519)
        let header = Base64URL.encode(Array(#"{"alg":"EdDSA","b64":true,"crit":["b64"]}"#.utf8))
        let input = header + "." + Base64URL.encode(payload)
        let token = input + "." + Base64URL.encode(try key.signature(for: Array(input.utf8)))
        #expect(try JWS.verify(token, key: key.publicKey).payload == payload)
    }

    @Test func sizeLimits() throws {
        let key = try TestKeys.key(.ed25519)
        let limits = JWSLimits(maxHeaderBytes: 64, maxPayloadBytes: 100)
        let big = try JWS.sign(payload: [UInt8](repeating: 0x41, count: 101), key: key)
        #expect(throws: JWSError.tooLarge(what: "payload", size: 101, limit: 100)) {
            try JWS.verify(big, key: key.publicKey, limits: limits)
        }
        let bigHeader = try JWS.sign(payload: [1], key: key, header: ["kid": .string(String(repeating: "k", count: 80))])
        #expect(throws: JWSError.tooLarge(what: "protected header", size: 104, limit: 64)) {
            try JWS.verify(bigHeader, key: key.publicKey, limits: limits)
        }
        let huge = String(repeating: "A", count: 2_000_000)
        #expect(throws: JWSError.self) { try CompactJWS.parse(huge) }
        _ = try JWS.verify(try JWS.sign(payload: [UInt8](repeating: 0x41, count: 100), key: key), key: key.publicKey,
                           limits: limits)
    }
}
