import BadgeCrypto
import Foundation
import LaurelJSON
import Testing
import TestSupport

@Suite struct MultikeyDIDKeyTests {
    @Test(arguments: [KeyType.ed25519, .p256, .p384])
    func roundTrips(type: KeyType) throws {
        let key = try TestKeys.key(type)
        let publicMultikey = try key.publicKey.multikey()
        let expectedPrefix = switch type {
        case .ed25519: "z6Mk"
        case .p256: "zDn"
        default: "z82"
        }
        #expect(publicMultikey.hasPrefix(expectedPrefix))
        #expect(try Multikey.decodePublicKey(publicMultikey) == key.publicKey)
        let secret = try key.multikey()
        #expect(try Multikey.decodePrivateKey(secret).publicKey == key.publicKey)

        let didKey = try DIDKey(publicKey: key.publicKey)
        #expect(didKey.did == "did:key:" + publicMultikey)
        #expect(didKey.verificationMethodID == "did:key:\(publicMultikey)#\(publicMultikey)")
        #expect(try DIDKey(resolving: didKey.did) == didKey)
        #expect(try DIDKey(resolving: didKey.verificationMethodID).publicKey == key.publicKey)
    }

    @Test func rsaHasNoMultikeyForm() throws {
        let key = try TestKeys.key(.rsa)
        #expect(throws: MultikeyError.unsupportedKeyType(.rsa)) { try key.publicKey.multikey() }
        #expect(throws: DIDKeyError.unsupportedKeyType(.rsa)) { try DIDKey(publicKey: key.publicKey) }
    }

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func dataIntegrityKeyPairs() throws {
        let pairs: [(String, String)] = [
            ("vc-di-eddsa/TestVectors/keyPair.json", "privateKeyMultibase"),
            ("vc-di-ecdsa/TestVectors/p256KeyPair.json", "secretKeyMultibase"),
            ("vc-di-ecdsa/TestVectors/p384KeyPair.json", "secretKeyMultibase"),
        ]
        var all = pairs.map { (try? Vectors.json($0.0), $0.1) }
        let chain = try Vectors.json("vc-di-eddsa/TestVectors/proof-set-chain/multiKeyPairs.json")
        for member in try #require(chain.objectValue) { all.append((member.value, "privateKeyMultibase")) }
        let sd = try Vectors.json("vc-di-ecdsa/TestVectors/ecdsa-sd-2023/SDKeyMaterial.json")
        all.append((sd["baseKeyPair"], "secretKeyMultibase"))
        all.append((sd["proofKeyPair"], "secretKeyMultibase"))
        #expect(all.count == 9)
        for (pair, secretMember) in all {
            let publicText = try #require(pair?["publicKeyMultibase"]?.stringValue)
            let secretText = try #require(pair?[secretMember]?.stringValue)
            let publicKey = try Multikey.decodePublicKey(publicText)
            let privateKey = try Multikey.decodePrivateKey(secretText)
            // The secret key derives the published public key, and both re-encode to the same text.
            #expect(privateKey.publicKey == publicKey, "\(publicText)")
            #expect(try publicKey.multikey() == publicText)
            #expect(try privateKey.multikey() == secretText)
            #expect(try DIDKey(resolving: "did:key:\(publicText)#\(publicText)").publicKey == publicKey)
        }
    }

    @Test func knownDIDKey() throws {
        // The did:key of the RFC 8032 TEST 1 key (as in the did:key method specification's examples).
        let key = try Ed25519.PublicKey(
            rawRepresentation: Hex.bytes("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))
        let did = try DIDKey(publicKey: .ed25519(key))
        #expect(did.did.hasPrefix("did:key:z6Mk"))
        let decoded = try Multibase.decode(did.multibaseValue)
        #expect(decoded.bytes == [0xED, 0x01] + key.rawRepresentation)
        let resolved = try DIDKey(resolving: "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
        #expect(resolved.publicKey.keyType == .ed25519)
        #expect(resolved.verificationMethodID
            == "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
    }

    @Test func refusals() throws {
        let good = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
        #expect(throws: DIDKeyError.notDIDKey("did:web:example.com")) { try DIDKey(resolving: "did:web:example.com") }
        #expect(throws: DIDKeyError.fragmentMismatch(fragment: "key-1", expected: good)) {
            try DIDKey(resolving: "did:key:\(good)#key-1")
        }
        // A fragment that differs only by a canonically equivalent character (KELVIN SIGN for 'K')
        // is a different identifier: did:key compares bytes, not Swift's String equality.
        let p256 = "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"
        let lookalike = p256.replacingOccurrences(of: "K", with: "\u{212A}")
        #expect(lookalike == p256 && Array(lookalike.utf8) != Array(p256.utf8))
        #expect(throws: DIDKeyError.fragmentMismatch(fragment: lookalike, expected: p256)) {
            try DIDKey(resolving: "did:key:\(p256)#\(lookalike)")
        }
        #expect(throws: DIDKeyError.unexpectedComponent("query")) { try DIDKey(resolving: "did:key:\(good)?x=1") }
        #expect(throws: DIDKeyError.invalidKey(.notBase58btc(prefix: "u"))) { try DIDKey(resolving: "did:key:uAAAA") }
        #expect(throws: DIDKeyError.tooLong(length: 300, limit: 256)) {
            try DIDKey(resolving: "did:key:z" + String(repeating: "a", count: 291))
        }
        #expect(throws: DIDKeyError.invalidKey(.encoding(.invalidCharacter(encoding: "base58btc", character: "'0'", offset: 4)))) {
            try DIDKey(resolving: "did:key:z6Mk0")
        }
        // 0x1205 is RSA in the multicodec table: not read.
        #expect(throws: MultikeyError.unsupportedCodec(0x1205)) {
            try Multikey.decodePublicKey(Multibase.base58btc.encode([0x85, 0x24] + [UInt8](repeating: 1, count: 32)))
        }
        #expect(throws: MultikeyError.invalidLength(codec: "ed25519-pub", expected: 32, actual: 31)) {
            try Multikey.decodePublicKey(Multibase.base58btc.encode([0xED, 0x01] + [UInt8](repeating: 1, count: 31)))
        }
        #expect(throws: MultikeyError.wrongKeyKind(expected: "public", found: "private (ed25519-priv)")) {
            try Multikey.decodePublicKey(Multibase.base58btc.encode([0x80, 0x26] + [UInt8](repeating: 1, count: 32)))
        }
        #expect(throws: MultikeyError.wrongKeyKind(expected: "private", found: "public (ed25519-pub)")) {
            try Multikey.decodePrivateKey(good)
        }
    }
}

/// The signatures of the W3C Data Integrity vectors, checked at the BadgeCrypto level: the signed
/// message is the proof-options hash followed by the document hash.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct DataIntegritySignatureTests {
    func text(_ path: String) throws -> String {
        try Vectors.text(path).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: ["eddsa-rdfc-2022/combinedHashDataInt.txt|eddsa-rdfc-2022/sigHexDataInt.txt|eddsa-rdfc-2022/sigBTC58DataInt.txt",
                      "eddsa-jcs-2022/combinedHashJCS.txt|eddsa-jcs-2022/sigHexJCS.txt|eddsa-jcs-2022/sigBTC58JCS.txt"])
    func eddsaSignaturesReproduced(paths: String) throws {
        let parts = paths.split(separator: "|").map { "vc-di-eddsa/TestVectors/" + $0 }
        let pair = try Vectors.json("vc-di-eddsa/TestVectors/keyPair.json")
        let key = try Multikey.decodePrivateKey(try #require(pair["privateKeyMultibase"]?.stringValue))
        let message = Hex.bytes(try text(parts[0]))
        let signature = try key.signature(for: message)
        #expect(signature.hexString == (try text(parts[1])))
        #expect(Multibase.base58btc.encode(signature) == (try text(parts[2])))
        #expect(key.publicKey.isValidSignature(signature, for: message))
    }

    @Test(arguments: ["ecdsa-rdfc-2019-p256/|ECDSAP256|p256KeyPair.json", "ecdsa-rdfc-2019-p384/|ECDSAP384|p384KeyPair.json",
                      "ecdsa-jcs-2019-p256/|JCSECDSAP256|p256KeyPair.json", "ecdsa-jcs-2019-p384/|JCSECDSAP384|p384KeyPair.json"])
    func ecdsaSignaturesVerify(spec: String) throws {
        let parts = spec.split(separator: "|").map(String.init)
        let folder = "vc-di-ecdsa/TestVectors/" + parts[0]
        let pair = try Vectors.json("vc-di-ecdsa/TestVectors/" + parts[2])
        let publicKey = try Multikey.decodePublicKey(try #require(pair["publicKeyMultibase"]?.stringValue))
        let message = Hex.bytes(try text(folder + "combinedHash\(parts[1]).txt"))
        let signature = Hex.bytes(try text(folder + "sigHex\(parts[1]).txt"))
        #expect(try Multibase.decode(try text(folder + "sigBTC58\(parts[1]).txt")).bytes == signature)
        #expect(publicKey.isValidSignature(signature, for: message))
        var tampered = message
        tampered[0] ^= 1
        #expect(!publicKey.isValidSignature(signature, for: tampered))
        // A fresh signature by the vector's secret key verifies with its public key.
        let privateKey = try Multikey.decodePrivateKey(try #require(pair["secretKeyMultibase"]?.stringValue))
        #expect(publicKey.isValidSignature(try privateKey.signature(for: message), for: message))
    }
}
