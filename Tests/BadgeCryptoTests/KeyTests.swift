import BadgeCrypto
import Testing

@Suite struct KeyTests {
    let message = Array("Laurel badge".utf8)

    @Test(arguments: KeyType.allCases)
    func generateSignVerify(type: KeyType) throws {
        let key = try TestKeys.key(type)
        #expect(key.keyType == type)
        let signature = try key.signature(for: message)
        switch type {
        case .ed25519, .p256: #expect(signature.count == 64)
        case .p384: #expect(signature.count == 96)
        case .rsa: #expect(signature.count == 256)
        }
        #expect(key.publicKey.isValidSignature(signature, for: message))
        #expect(!key.publicKey.isValidSignature(signature, for: message + [0]))
        var tampered = signature
        tampered[tampered.count / 2] ^= 0x01
        #expect(!key.publicKey.isValidSignature(tampered, for: message))
        #expect(!key.publicKey.isValidSignature(Array(signature.dropLast()), for: message))
        #expect(!key.publicKey.isValidSignature(signature + [0], for: message))
        #expect(!key.publicKey.isValidSignature([], for: message))
        // A key of the same type but another pair refuses the signature.
        let other = try SigningPrivateKey.generate(type)
        #expect(!other.publicKey.isValidSignature(signature, for: message))
        #expect(other.publicKey != key.publicKey)
        #expect(key.publicKey == key.publicKey)
    }

    @Test func ed25519RFC8032Test1() throws {
        // RFC 8032 §7.1 TEST 1 (empty message).
        let key = try Ed25519.PrivateKey(
            rawRepresentation: Hex.bytes("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        #expect(key.publicKey.rawRepresentation
            == Hex.bytes("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))
        let signature = try key.signature(for: [UInt8]())
        #expect(signature == Hex.bytes(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"))
        #expect(key.publicKey.isValidSignature(signature, for: [UInt8]()))
        #expect(try Ed25519.PrivateKey(rawRepresentation: key.rawRepresentation).publicKey == key.publicKey)
    }

    @Test func ed25519RefusesWrongLengths() {
        #expect(throws: KeyError.invalidLength(what: "Ed25519 public key", expected: "32", actual: 31)) {
            try Ed25519.PublicKey(rawRepresentation: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: KeyError.invalidLength(what: "Ed25519 private key seed", expected: "32", actual: 33)) {
            try Ed25519.PrivateKey(rawRepresentation: [UInt8](repeating: 1, count: 33))
        }
    }

    @Test func p256PointForms() throws {
        let key = try P256.PrivateKey()
        let publicKey = key.publicKey
        let uncompressed = publicKey.x963Representation
        let compressed = publicKey.compressedRepresentation
        #expect(uncompressed.count == 65 && uncompressed[0] == 4)
        #expect(compressed.count == 33 && (compressed[0] == 2 || compressed[0] == 3))
        #expect(try P256.PublicKey(x963Representation: uncompressed) == publicKey)
        #expect(try P256.PublicKey(compressedRepresentation: compressed) == publicKey)
        let (x, y) = publicKey.coordinates
        #expect(try P256.PublicKey(x: x, y: y) == publicKey)
        #expect(try P256.PrivateKey(rawRepresentation: key.rawRepresentation).publicKey == publicKey)
    }

    @Test func p384PointForms() throws {
        let key = try P384.PrivateKey()
        let publicKey = key.publicKey
        #expect(publicKey.x963Representation.count == 97)
        #expect(publicKey.compressedRepresentation.count == 49)
        #expect(try P384.PublicKey(compressedRepresentation: publicKey.compressedRepresentation) == publicKey)
        #expect(try P384.PublicKey(x963Representation: publicKey.x963Representation) == publicKey)
        #expect(try P384.PrivateKey(rawRepresentation: key.rawRepresentation).publicKey == publicKey)
    }

    @Test func ecRefusesPointsOffTheCurve() throws {
        let point = try P256.PrivateKey().publicKey.x963Representation
        var offCurve = point
        offCurve[64] ^= 0x01
        #expect(throws: KeyError.invalidPoint(curve: "P-256", reason: "the point is not on the curve")) {
            try P256.PublicKey(x963Representation: offCurve)
        }
        #expect(throws: KeyError.invalidLength(what: "P-256 uncompressed point", expected: "65", actual: 64)) {
            try P256.PublicKey(x963Representation: Array(point.dropLast()))
        }
        #expect(throws: KeyError.invalidPoint(curve: "P-256", reason: "a compressed point starts with 0x02 or 0x03")) {
            try P256.PublicKey(compressedRepresentation: [0x04] + Array(point[1...32]))
        }
        // An x coordinate that is not a field element (above p) cannot be decompressed.
        #expect(throws: KeyError.invalidPoint(curve: "P-256", reason: "the point is not on the curve")) {
            try P256.PublicKey(compressedRepresentation: [0x02] + [UInt8](repeating: 0xFF, count: 32))
        }
        #expect(throws: KeyError.invalidPoint(curve: "P-384", reason: "the point is not on the curve")) {
            try P384.PublicKey(x: [UInt8](repeating: 0, count: 48), y: [UInt8](repeating: 0, count: 48))
        }
        #expect(throws: MultikeyError.invalidKey(.invalidPoint(curve: "P-384", reason: "a compressed point starts with 0x02 or 0x03"))) {
            try Multikey.decodePublicKey(Multibase.base58btc.encode([0x81, 0x24] + [UInt8](repeating: 0, count: 49)))
        }
    }

    @Test func ecRefusesScalarsOutOfRange() {
        #expect(throws: KeyError.invalidPrivateScalar(curve: "P-256")) {
            try P256.PrivateKey(rawRepresentation: [UInt8](repeating: 0, count: 32))
        }
        // The group order n itself is out of range.
        let order = Hex.bytes("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")
        #expect(throws: KeyError.invalidPrivateScalar(curve: "P-256")) { try P256.PrivateKey(rawRepresentation: order) }
        #expect(throws: KeyError.invalidLength(what: "P-384 private key", expected: "48", actual: 32)) {
            try P384.PrivateKey(rawRepresentation: [UInt8](repeating: 1, count: 32))
        }
    }

    @Test func ecdsaRefusesDEREncodedSignatures() throws {
        let key = try P256.PrivateKey()
        let raw = try key.signature(for: message)
        // The same r and s in DER: a SEQUENCE of two INTEGERs.
        func integer(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
            var value = Array(bytes.drop { $0 == 0 })
            if value.first.map({ $0 & 0x80 != 0 }) ?? true { value.insert(0, at: 0) }
            return [0x02, UInt8(value.count)] + value
        }
        let body = integer(raw[0..<32]) + integer(raw[32..<64])
        let der = [0x30, UInt8(body.count)] + body
        #expect(key.publicKey.isValidSignature(raw, for: message))
        #expect(!key.publicKey.isValidSignature(der, for: message))
    }

    @Test func ecdsaRefusesZeroAndOutOfRangeScalars() throws {
        let key = try P256.PrivateKey()
        let raw = try key.signature(for: message)
        let order = Hex.bytes("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")
        let zero = [UInt8](repeating: 0, count: 32)
        for signature in [zero + zero, zero + Array(raw[32...]), Array(raw[..<32]) + zero, order + Array(raw[32...]),
                          Array(raw[..<32]) + order, [UInt8](repeating: 0xFF, count: 64)]
        {
            #expect(!key.publicKey.isValidSignature(signature, for: message))
        }
    }

    @Test func rsaComponentsRoundTrip() throws {
        guard case .rsa(let key) = try TestKeys.key(.rsa) else { return }
        #expect(key.bits == 2048)
        let rebuilt = try RSA.PrivateKey(components: key.components)
        #expect(rebuilt.publicKey == key.publicKey)
        let publicKey = try RSA.PublicKey(modulus: key.publicKey.modulus, exponent: key.publicKey.exponent)
        #expect(publicKey == key.publicKey)
        #expect(key.publicKey.exponent == [0x01, 0x00, 0x01])
        var broken = key.components
        broken.coefficient[broken.coefficient.count - 1] ^= 1
        #expect(throws: KeyError.mismatchedKeyPair(detail: "the RSA private components are not consistent with n and e")) {
            try RSA.PrivateKey(components: broken)
        }
    }

    @Test func rsaRefusesWeakOrHugeParameters() throws {
        let small = [UInt8](repeating: 0xC5, count: 128)
        #expect(throws: KeyError.rsaModulusTooSmall(bits: 1024, minimum: 2048)) {
            try RSA.PublicKey(modulus: small, exponent: [1, 0, 1])
        }
        #expect(throws: KeyError.rsaModulusTooLarge(bits: 16392, maximum: 16384)) {
            try RSA.PublicKey(modulus: [UInt8](repeating: 0xC5, count: 2049), exponent: [1, 0, 1])
        }
        let modulus = [UInt8](repeating: 0xC5, count: 256)
        #expect(throws: KeyError.rsaInvalidExponent(reason: "it must be odd and at least 3")) {
            try RSA.PublicKey(modulus: modulus, exponent: [1, 0, 0])
        }
        #expect(throws: KeyError.rsaInvalidExponent(reason: "it must be odd and at least 3")) {
            try RSA.PublicKey(modulus: modulus, exponent: [1])
        }
        #expect(throws: KeyError.rsaInvalidExponent(reason: "longer than 64 bits")) {
            try RSA.PublicKey(modulus: modulus, exponent: [UInt8](repeating: 0xFF, count: 9))
        }
        #expect(throws: KeyError.unsupportedRSAKeySize(bits: 1024)) { try RSA.PrivateKey(bits: 1024) }
    }

    @Test(arguments: [3072, 4096])
    func largerRSAKeys(bits: Int) throws {
        let key = try SigningPrivateKey.generate(.rsa, rsaBits: bits)
        let signature = try key.signature(for: message)
        #expect(signature.count == bits / 8)
        #expect(key.publicKey.isValidSignature(signature, for: message))
        #expect(key.publicKey.bits == bits)
        // PEM, plain and encrypted, then JWK: each brings back the same key pair.
        let plain = try SigningPrivateKey(pemRepresentation: try key.pemRepresentation())
        let encrypted = try SigningPrivateKey(
            pemRepresentation: try key.pemRepresentation(passphrase: "pass", encryption: .pbkdf2(iterations: 1000)),
            passphrase: "pass")
        let fromJWK = try #require(try JWK(json: .object(key.jwk)).privateKey)
        for imported in [plain, encrypted, fromJWK] {
            #expect(imported.publicKey == key.publicKey)
            #expect(key.publicKey.isValidSignature(try imported.signature(for: message), for: message))
        }
    }

    @Test func concurrentUseOfOneKey() async throws {
        let key = try TestKeys.key(.p256)
        let publicKey = key.publicKey
        let message = self.message
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var ok = true
                    for _ in 0..<50 {
                        let signature = try key.signature(for: message)
                        ok = ok && publicKey.isValidSignature(signature, for: message)
                    }
                    return ok
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 8 && results.allSatisfy { $0 })
    }

    @Test func secureRandom() throws {
        let first = try SecureRandom.bytes(count: 32)
        let second = try SecureRandom.bytes(count: 32)
        #expect(first.count == 32 && first != second)
        #expect(try SecureRandom.bytes(count: 0).isEmpty)
        let token = try SecureRandom.token()
        #expect(token.utf8.count == 43)
        #expect(try Base64URL.decode(token).count == 32)
        let hex = try SecureRandom.token(byteCount: 16, encoding: .hex)
        #expect(hex.utf8.count == 32 && hex.allSatisfy { $0.isHexDigit })
        #expect(throws: KeyError.self) { try SecureRandom.bytes(count: -1) }
    }
}
